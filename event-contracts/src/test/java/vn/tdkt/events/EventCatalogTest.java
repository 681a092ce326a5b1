package vn.tdkt.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.bloc.BlocEvent;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.congress.CongressEvent;
import vn.tdkt.events.congress.DelegateListEvent;
import vn.tdkt.events.registration.RegistrationEvent;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.events.unit.UnitEvent;

class EventCatalogTest {

    @Test
    void everyMemberOfEveryFamilyIsCatalogued() {
        List<Class<?>> members = Arrays.stream(new Class<?>[] {UnitEvent.class, CampaignEvent.class, BlocEvent.class,
                        RegistrationEvent.class, NominationEvent.class,
                        CongressEvent.class, DelegateListEvent.class})
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .toList();

        assertThat(EventCatalog.ALL.stream().<Class<?>>map(EventType::javaType).toList())
                .containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void namesAreVersionedAndTopicsKnown() {
        assertThat(EventCatalog.ALL).allSatisfy(type -> {
            assertThat(type.name()).matches("tdkt\\.[a-z-]+\\.[a-z-]+\\.v\\d+");
            assertThat(Topics.ALL).contains(type.topic());
            assertThat(EventCatalog.byName(type.name())).contains(type);
        });
    }

    @Test
    void unknownNamesAndClassesAreReportedNotGuessed() {
        assertThat(EventCatalog.byName("tdkt.unit.merged.v9")).isEmpty();
        assertThatThrownBy(() -> EventCatalog.of(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadLetterTopicsFollowTheConvention() {
        assertThat(Topics.deadLetter(Topics.CAMPAIGN_EVENTS, ConsumerGroups.NOTIFICATION))
                .isEqualTo("tdkt.campaign.events.notification-service.dlq");
        assertThat(ConsumerGroups.deadLetterTopics()).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void stateTopicsAreCompactedAndOthersKeepTheBrokerDefaults() {
        assertThat(Topics.COMPACTED).containsExactly(Topics.UNIT_EVENTS, Topics.CAMPAIGN_EVENTS, Topics.BLOC_EVENTS);
        assertThat(Topics.config(Topics.UNIT_EVENTS)).containsEntry("cleanup.policy", "compact")
                .doesNotContainKey("retention.ms");
        assertThat(Long.parseLong(Topics.config(Topics.CAMPAIGN_EVENTS).get("min.compaction.lag.ms")))
                .as("compaction never removes an event younger than a week").isEqualTo(604_800_000L);
        assertThat(Topics.config(Topics.NOMINATION_EVENTS)).isEmpty();
        assertThat(Topics.config(Topics.deadLetter(Topics.UNIT_EVENTS, ConsumerGroups.NOTIFICATION))).isEmpty();
    }
}
