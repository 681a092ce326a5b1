package vn.tdkt.notification.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.nomination.ExemplarRegistrationDue;
import vn.tdkt.events.nomination.ExemplarRegistrationMissed;
import vn.tdkt.events.nomination.NominationDecided;
import vn.tdkt.events.nomination.NominationReturned;
import vn.tdkt.events.nomination.NominationSubmitted;
import vn.tdkt.events.nomination.NominationVoted;
import vn.tdkt.events.nomination.RulePackLoaded;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.TestTemplates;
import vn.tdkt.notification.unit.FakeUnits;
import vn.tdkt.notification.unit.UnitsNotYetKnownException;

/** A Nhân Lý teacher's dossier, filed by the commune, through the district's hands: who hears of each step. */
class DossierNotifierTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private final FakeUnits units = new FakeUnits()
            .unit("LS-CL", "UBND huyện Chi Lăng", "thidua@chilang.gov.vn")
            .unitUnder("LS-CL", "LS-CL-NL", "UBND xã Nhân Lý", "vanphong@nhanly.gov.vn")
            .unitUnder("LS-CL-NL", "LS-CL-NL-TH", "Trường Tiểu học Nhân Lý", "truong@nhanly.edu.vn")
            .unit("LS-XCL-MOI", "UBND xã Chi Lăng mới", "xa@chilangmoi.gov.vn")
            .mergedInto("LS-XCL-MOI", "LS-CL-QS", "cu@quangson.gov.vn");
    private final Deliveries deliveries = mock(Deliveries.class);
    private final List<OutgoingEmail> queued = new ArrayList<>();
    private final DossierNotifier notifier = new DossierNotifier(units.resolver(), deliveries,
            TestTemplates.templates());

    @BeforeEach
    void recordQueued() {
        when(deliveries.enqueue(anyList())).thenAnswer(call -> {
            queued.addAll(call.getArgument(0));
            return queued.size();
        });
    }

    private static NominationSubmitted submitted(String nomineeUnit) {
        return new NominationSubmitted(UUID.randomUUID(), AT, "nom-1", 1, "SUBMITTED", "LS-CL-NL", "LS-CL",
                "INDIVIDUAL", "CB-NL-1", "Hoàng Thị Lan", nomineeUnit, "CSTDCS", "Chiến sĩ thi đua cơ sở", 2025, null,
                null, false);
    }

    @Test
    void aSubmissionTellsTheNominatingUnitTheNomineesUnitAndTheUnitWhoseCouncilHasItOnceEach() {
        NominationSubmitted event = submitted("LS-CL-NL-TH");

        notifier.on(event);

        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("vanphong@nhanly.gov.vn",
                "truong@nhanly.edu.vn", "thidua@chilang.gov.vn");
        assertThat(queued).allSatisfy(email -> {
            assertThat(email.eventId()).isEqualTo(event.eventId());
            assertThat(email.eventType()).isEqualTo("tdkt.nomination.nomination-submitted.v1");
            assertThat(email.subject()).isEqualTo("[Thi đua – Khen thưởng] Hồ sơ khen thưởng Hoàng Thị Lan: đã được"
                    + " nộp để thẩm định");
        });
        assertThat(queued.get(1).body()).contains("Kính gửi: Trường Tiểu học Nhân Lý,",
                "Hồ sơ đề nghị khen thưởng \"Chiến sĩ thi đua cơ sở\" năm 2025 cho Hoàng Thị Lan (Trường Tiểu học Nhân"
                        + " Lý) đã được nộp để thẩm định.", "Đơn vị đề nghị: UBND xã Nhân Lý. Cấp xét: UBND huyện Chi Lăng.");
        assertThat(queued.get(1).unitPath()).containsExactly("LS-CL-NL-TH", "LS-CL-NL", "LS-CL");
    }

    @Test
    void aReturnNamesItsReasonsAndAVoteItsTallyOnlyToTheTwoUnits() {
        notifier.on(new NominationReturned(UUID.randomUUID(), AT, "nom-1", 2, "RETURNED", "LS-CL-NL", "LS-CL",
                "INDIVIDUAL", "CB-NL-1", "Hoàng Thị Lan", "LS-CL-NL", "CSTDCS", "Chiến sĩ thi đua cơ sở", 2025, null,
                null, List.of("Thiếu sáng kiến được công nhận", "Thiếu xếp loại năm 2024")));
        notifier.on(new NominationVoted(UUID.randomUUID(), AT, "nom-1", 5, "APPROVED", "LS-CL-NL", "LS-CL",
                "INDIVIDUAL", "CB-NL-1", "Hoàng Thị Lan", "LS-CL-NL", "CSTDCS", "Chiến sĩ thi đua cơ sở", 2025, null,
                null, "session-1", true, 5, 5, 5, 0, 0, "≥ 90% tổng số thành viên (Điều 45 NĐ 91/2017)"));

        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("vanphong@nhanly.gov.vn",
                "vanphong@nhanly.gov.vn");
        assertThat(queued.get(0).body()).contains("đã được trả lại để bổ sung, hoàn thiện",
                "- Thiếu sáng kiến được công nhận\n- Thiếu xếp loại năm 2024");
        assertThat(queued.get(1).body()).contains("Kết quả bỏ phiếu kín: 5 đồng ý, 0 không đồng ý, 0 phiếu trắng;"
                + " 5/5 thành viên tham gia.");
    }

    @Test
    void aDecisionReachesTheSuccessorOfANomineesUnitMergedSince() {
        notifier.on(new NominationDecided(UUID.randomUUID(), AT, "nom-2", 7, "DECIDED", "LS-CL-NL", "LS",
                "INDIVIDUAL", "CB-QS-2", "Nông Văn Bình", "LS-CL-QS", "BK_UBND_TINH", "Bằng khen của Chủ tịch UBND"
                        + " tỉnh", 2025, null, "nom-2-lower", "decision-1", "125/QĐ-UBND", LocalDate.of(2026, 4, 10)));

        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("vanphong@nhanly.gov.vn",
                "xa@chilangmoi.gov.vn");
        assertThat(queued.get(1).body()).contains("Kính gửi: UBND xã Chi Lăng mới,", "đã được khen thưởng",
                "Quyết định số 125/QĐ-UBND ngày 10/04/2026.");
    }

    @Test
    void otherNominationEventsAreNotMailedAndAnUnknownUnitFailsForTheBinderToRetry() {
        notifier.on(new RulePackLoaded(UUID.randomUUID(), AT, "vn-2025-07", 0, "Luật 2022", "VN", null,
                LocalDate.of(2025, 7, 1), null, "abc", List.of()));
        verifyNoInteractions(deliveries);

        assertThatThrownBy(() -> notifier.on(submitted("LS-CL-NL-KHONG")))
                .isInstanceOf(UnitsNotYetKnownException.class);
        verifyNoInteractions(deliveries);
    }

    @Test
    void theExemplarRegisterRemindsTheOfficeBeforeTheDeadlineAndCopiesTheBookKeeperAfterIt() {
        notifier.on(new ExemplarRegistrationDue(UUID.randomUUID(), AT, "LS-CL-NL-TH:2026-02", 0, "LS-CL-NL-TH",
                "Trường Tiểu học Nhân Lý", "LS-CL-NL", "2026-02", LocalDate.of(2026, 3, 25)));
        assertThat(queued).singleElement().satisfies(email -> {
            assertThat(email.recipient()).isEqualTo("truong@nhanly.edu.vn");
            assertThat(email.subject()).isEqualTo("[Thi đua – Khen thưởng] Nhắc đăng ký gương điển hình tiên tiến"
                    + " tháng 02/2026");
            assertThat(email.body()).contains("Hạn đăng ký: ngày 25/03/2026.");
        });
        queued.clear();

        notifier.on(new ExemplarRegistrationMissed(UUID.randomUUID(), AT, "LS-CL-NL-TH:2026-02", 0, "LS-CL-NL-TH",
                "Trường Tiểu học Nhân Lý", "LS-CL-NL", "2026-02", LocalDate.of(2026, 3, 25)));
        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("truong@nhanly.edu.vn",
                "vanphong@nhanly.gov.vn");
        assertThat(queued.get(1).body()).contains("Kính gửi: UBND xã Nhân Lý,", "Trường Tiểu học Nhân Lý chưa đăng ký"
                + " gương điển hình tiên tiến tháng 02/2026");
    }

    @Test
    void aMissedRegisterAlsoReachesTheOfficesLeader() {
        units.leader("LS-CL-NL-TH", "hieutruong@nhanly.edu.vn");

        notifier.on(new ExemplarRegistrationMissed(UUID.randomUUID(), AT, "LS-CL-NL-TH:2026-02", 0, "LS-CL-NL-TH",
                "Trường Tiểu học Nhân Lý", "LS-CL-NL", "2026-02", LocalDate.of(2026, 3, 25)));

        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("truong@nhanly.edu.vn",
                "vanphong@nhanly.gov.vn", "hieutruong@nhanly.edu.vn");
        assertThat(queued.getLast().body()).startsWith("Kính gửi: Trường Tiểu học Nhân Lý,");
    }
}
