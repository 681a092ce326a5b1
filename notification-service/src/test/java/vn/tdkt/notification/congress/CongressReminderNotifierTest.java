package vn.tdkt.notification.congress;

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
import vn.tdkt.events.congress.CongressDocumentReminder;
import vn.tdkt.events.congress.CongressRescheduled;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.TestTemplates;
import vn.tdkt.notification.unit.FakeUnits;
import vn.tdkt.notification.unit.UnitsNotYetKnownException;

/** Nhân Lý's pilot conference: the commune is reminded of its documents for the district's council. */
class CongressReminderNotifierTest {

    private static final Instant AT = Instant.parse("2025-01-31T01:00:00Z");
    private static final String CONGRESS = "3c0d7a3e-6a1b-4c9e-8f2d-1b2c3d4e5f60";

    private final FakeUnits units = new FakeUnits()
            .unit("LS-CL", "UBND huyện Chi Lăng", "thidua@chilang.gov.vn")
            .unitUnder("LS-CL", "LS-CL-NL", "UBND xã Nhân Lý", "vanphong@nhanly.gov.vn", "chutich@nhanly.gov.vn")
            .unit("LS-XCL-MOI", "UBND xã Chi Lăng mới", "xa@chilangmoi.gov.vn")
            .mergedInto("LS-XCL-MOI", "LS-CL-QS", "cu@quangson.gov.vn");
    private final Deliveries deliveries = mock(Deliveries.class);
    private final List<OutgoingEmail> queued = new ArrayList<>();
    private final CongressReminderNotifier notifier = new CongressReminderNotifier(units.resolver(), deliveries,
            TestTemplates.templates());

    @BeforeEach
    void recordQueued() {
        when(deliveries.enqueue(anyList())).thenAnswer(call -> {
            queued.addAll(call.getArgument(0));
            return queued.size();
        });
    }

    private static CongressDocumentReminder reminder(String organiser, String document, String step) {
        return new CongressDocumentReminder(UUID.randomUUID(), AT, CONGRESS, 3, organiser,
                "Hội nghị điển hình tiên tiến xã Nhân Lý năm 2025", LocalDate.of(2025, 2, 20), "LS-CL", document,
                LocalDate.of(2025, 2, 5), step);
    }

    @Test
    void aDocumentDueSoonIsMailedToEveryContactOfTheOrganiserInVietnamese() {
        CongressDocumentReminder event = reminder("LS-CL-NL", "REPORT", "DUE_SOON");

        notifier.on(event);

        assertThat(queued).extracting(OutgoingEmail::recipient)
                .containsExactly("vanphong@nhanly.gov.vn", "chutich@nhanly.gov.vn");
        assertThat(queued).allSatisfy(email -> {
            assertThat(email.eventId()).isEqualTo(event.eventId());
            assertThat(email.eventType()).isEqualTo("tdkt.congress.document-reminder.v1");
            assertThat(email.subject()).isEqualTo("[Thi đua – Khen thưởng] Nhắc gửi báo cáo tổng kết phong trào thi"
                    + " đua trước Hội nghị điển hình tiên tiến xã Nhân Lý năm 2025");
            assertThat(email.body()).contains("Kính gửi: UBND xã Nhân Lý,", "Hội đồng Thi đua – Khen thưởng UBND"
                    + " huyện Chi Lăng", "chậm nhất ngày 05/02/2025 (trước ngày tổ chức 20/02/2025 15 ngày)");
        });
    }

    @Test
    void aLateDocumentSaysSoAndReachesAMergedOrganisersSuccessor() {
        notifier.on(reminder("LS-CL-QS", "PLAN", "LATE"));

        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("xa@chilangmoi.gov.vn");
        assertThat(queued.getFirst().subject()).startsWith("[Thi đua – Khen thưởng] Quá hạn gửi kế hoạch tổ chức");
        assertThat(queued.getFirst().body()).contains("Kính gửi: UBND xã Chi Lăng mới,", "đã qua");
    }

    @Test
    void otherCongressEventsAreNotMailedAndAnUnknownUnitFailsForTheBinderToRetry() {
        notifier.on(new CongressRescheduled(UUID.randomUUID(), AT, CONGRESS, 2, "LS-CL-NL", null,
                LocalDate.of(2025, 2, 20), LocalDate.of(2025, 2, 25), false, null, List.of()));
        verifyNoInteractions(deliveries);

        assertThatThrownBy(() -> notifier.on(reminder("LS-CL-KHONG", "PLAN", "LATE")))
                .isInstanceOf(UnitsNotYetKnownException.class);
        verifyNoInteractions(deliveries);
    }

    @Test
    void aLateDocumentAlsoReachesTheOrganisersLeaderAndADueOneDoesNot() {
        units.leader("LS-CL-NL", "chutich.nhanly@langson.gov.vn");

        notifier.on(reminder("LS-CL-NL", "REPORT", "DUE_SOON"));
        assertThat(queued).extracting(OutgoingEmail::recipient).doesNotContain("chutich.nhanly@langson.gov.vn");
        queued.clear();

        CongressDocumentReminder late = reminder("LS-CL-NL", "REPORT", "LATE");
        notifier.on(late);
        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("vanphong@nhanly.gov.vn",
                "chutich@nhanly.gov.vn", "chutich.nhanly@langson.gov.vn");
        assertThat(queued.getLast().eventId()).isEqualTo(late.eventId());
        assertThat(queued.getLast().unitPath()).containsExactly("LS-CL-NL", "LS-CL");
    }
}
