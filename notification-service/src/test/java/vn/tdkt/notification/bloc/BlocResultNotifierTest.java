package vn.tdkt.notification.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.bloc.BlocProposal;
import vn.tdkt.events.bloc.BlocRankingEntry;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.TestTemplates;
import vn.tdkt.notification.unit.FakeUnits;
import vn.tdkt.notification.unit.UnitsNotYetKnownException;

/** Seed 001's mountain-district bloc: each member hears its own place, the ranking and the proposals. */
class BlocResultNotifierTest {

    static BlocResultPublished result(List<String> members) {
        return new BlocResultPublished(UUID.randomUUID(), Instant.parse("2025-12-10T03:00:00Z"), "bloc-2025", 7,
                "Cụm thi đua các huyện miền núi", 2025, "UBT", members, "LS-CL", "LS-HL", 1, 2, 1,
                List.of(new BlocRankingEntry(1, "LS-CL", new BigDecimal("95.50"), null, null, null, 3, List.of(), null),
                        new BlocRankingEntry(2, "LS-HL", new BigDecimal("92.25"), null, null, null, 2, List.of("LS-DL"),
                                "bằng điểm sau mọi tiêu chí phụ"),
                        new BlocRankingEntry(2, "LS-DL", new BigDecimal("92.25"), null, null, null, 2, List.of("LS-HL"),
                                "bằng điểm sau mọi tiêu chí phụ")),
                List.of(new BlocProposal("LS-CL", "FLAG", 1, false),
                        new BlocProposal("LS-HL", "COMMENDATION", 2, true),
                        new BlocProposal("LS-DL", "COMMENDATION", 2, true)));
    }

    private final FakeUnits units = new FakeUnits()
            .unit("UBT", "UBND tỉnh Lạng Sơn", "vanphong@langson.gov.vn")
            .unit("LS-CL", "UBND huyện Chi Lăng", "thidua@chilang.gov.vn")
            .unit("LS-HL", "UBND huyện Hữu Lũng", "thidua@huulung.gov.vn", "vanphong@huulung.gov.vn")
            .unit("LS-DL-MOI", "UBND xã Đình Lập", "thidua@dinhlap.gov.vn")
            .mergedInto("LS-DL-MOI", "LS-DL", "cu@dinhlap.gov.vn");
    private final Deliveries deliveries = mock(Deliveries.class);
    private final List<OutgoingEmail> queued = new ArrayList<>();
    private final BlocResultNotifier notifier = new BlocResultNotifier(units.resolver(), deliveries,
            TestTemplates.templates());

    @BeforeEach
    void recordQueued() {
        when(deliveries.enqueue(anyList())).thenAnswer(call -> {
            queued.addAll(call.getArgument(0));
            return queued.size();
        });
    }

    @Test
    void eachMemberUnitsContactsGetTheirOwnPlaceAndTheOrganiserIsNotMailed() {
        BlocResultPublished result = result(List.of("LS-CL", "LS-HL", "LS-DL"));

        notifier.on(result);

        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("thidua@chilang.gov.vn",
                "thidua@huulung.gov.vn", "vanphong@huulung.gov.vn", "thidua@dinhlap.gov.vn");
        assertThat(queued).allSatisfy(email -> {
            assertThat(email.eventId()).isEqualTo(result.eventId());
            assertThat(email.eventType()).isEqualTo("tdkt.bloc.result-published.v1");
            assertThat(email.campaignId()).isNull();
        });
        assertThat(queued.get(0).body()).contains("Kính gửi: UBND huyện Chi Lăng,",
                "xếp hạng 1/3, tổng điểm 95,5. Đơn vị được đề nghị tặng Cờ thi đua.");
        assertThat(queued.get(3).unitPath()).containsExactly("LS-DL-MOI");
        assertThat(queued.get(3).body()).contains("Kính gửi: UBND xã Đình Lập,", "xếp hạng 2/3, tổng điểm 92,25. Đồng hạng với: UBND huyện Hữu Lũng.");
    }

    @Test
    void aMemberNotProjectedFailsTheHandlingSoTheBinderRetriesAndDeadLetters() {
        assertThatThrownBy(() -> notifier.on(result(List.of("LS-CL", "LS-XX"))))
                .isInstanceOf(UnitsNotYetKnownException.class).hasMessageContaining("LS-XX");
        assertThat(queued).isEmpty();
    }

    @Test
    void otherBlocEventsAreNotMailed() {
        BlocResultPublished result = result(List.of("LS-CL"));
        notifier.on(new vn.tdkt.events.bloc.BlocUpdated(UUID.randomUUID(), Instant.now(), "bloc-2025", 3,
                result.name(), 2025, "UBT", List.of("LS-CL"), List.of("LS-CL"), "LS-CL", "LS-HL", List.of(), 1, 2, 1, 1, 2,
                "DRAFT"));
        verifyNoInteractions(deliveries);
    }

    static Map<String, String> names() {
        return Map.of("UBT", "UBND tỉnh Lạng Sơn", "LS-CL", "UBND huyện Chi Lăng", "LS-HL", "UBND huyện Hữu Lũng",
                "LS-DL", "UBND xã Đình Lập");
    }
}
