package vn.tdkt.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.events.bloc.BlocCreated;
import vn.tdkt.events.bloc.BlocPhaseChanged;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.events.bloc.BlocUpdated;
import vn.tdkt.events.bloc.CovenantSigned;
import vn.tdkt.events.bloc.ScorecardSubmitted;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;
import vn.tdkt.events.campaign.CampaignUpdated;
import vn.tdkt.events.congress.CongressDocumentReceived;
import vn.tdkt.events.congress.CongressDocumentReminder;
import vn.tdkt.events.congress.CongressPlanned;
import vn.tdkt.events.congress.CongressRescheduled;
import vn.tdkt.events.congress.CongressSeatsAllocated;
import vn.tdkt.events.congress.CongressUpdated;
import vn.tdkt.events.congress.DelegateListApproved;
import vn.tdkt.events.congress.DelegateListReopened;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.events.nomination.CouncilSessionClosed;
import vn.tdkt.events.nomination.CouncilSessionOpened;
import vn.tdkt.events.nomination.CouncilUpdated;
import vn.tdkt.events.nomination.ExemplarRegistrationDue;
import vn.tdkt.events.nomination.ExemplarRegistrationMissed;
import vn.tdkt.events.nomination.ExemplarsRegistered;
import vn.tdkt.events.nomination.HonourConferred;
import vn.tdkt.events.nomination.HonourRecorded;
import vn.tdkt.events.nomination.InitiativeRecognised;
import vn.tdkt.events.nomination.InitiativeUsed;
import vn.tdkt.events.nomination.NominationAppraised;
import vn.tdkt.events.nomination.NominationDecided;
import vn.tdkt.events.nomination.NominationForwarded;
import vn.tdkt.events.nomination.NominationReturned;
import vn.tdkt.events.nomination.NominationSubmitted;
import vn.tdkt.events.nomination.NominationVoted;
import vn.tdkt.events.nomination.RulePackChanged;
import vn.tdkt.events.nomination.RulePackLoaded;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;

/** Every event type the platform knows. Consumers skip (and count) types that are not listed here. */
public final class EventCatalog {

    public static final List<EventType> ALL = List.of(
            new EventType("tdkt.unit.registered.v1", Topics.UNIT_EVENTS, UnitRegistered.class),
            new EventType("tdkt.unit.updated.v1", Topics.UNIT_EVENTS, UnitUpdated.class),
            new EventType("tdkt.campaign.created.v1", Topics.CAMPAIGN_EVENTS, CampaignCreated.class),
            new EventType("tdkt.campaign.phase-changed.v1", Topics.CAMPAIGN_EVENTS, CampaignPhaseChanged.class),
            new EventType("tdkt.bloc.created.v1", Topics.BLOC_EVENTS, BlocCreated.class),
            new EventType("tdkt.bloc.updated.v1", Topics.BLOC_EVENTS, BlocUpdated.class),
            new EventType("tdkt.bloc.phase-changed.v1", Topics.BLOC_EVENTS, BlocPhaseChanged.class),
            new EventType("tdkt.bloc.covenant-signed.v1", Topics.BLOC_EVENTS, CovenantSigned.class),
            new EventType("tdkt.bloc.scorecard-submitted.v1", Topics.BLOC_EVENTS, ScorecardSubmitted.class),
            new EventType("tdkt.bloc.result-published.v1", Topics.BLOC_EVENTS, BlocResultPublished.class),
            new EventType("tdkt.campaign.updated.v1", Topics.CAMPAIGN_EVENTS, CampaignUpdated.class),
            new EventType("tdkt.campaign.milestone-added.v1", Topics.CAMPAIGN_EVENTS, CampaignMilestoneAdded.class),
            new EventType("tdkt.campaign.responsibility-added.v1", Topics.CAMPAIGN_EVENTS,
                    CampaignResponsibilityAdded.class),
            new EventType("tdkt.campaign.registration-submitted.v1", Topics.CAMPAIGN_EVENTS,
                    CampaignRegistrationSubmitted.class),
            new EventType("tdkt.nomination.rule-pack-loaded.v1", Topics.NOMINATION_EVENTS, RulePackLoaded.class),
            new EventType("tdkt.nomination.rule-pack-changed.v1", Topics.NOMINATION_EVENTS, RulePackChanged.class),
            new EventType("tdkt.nomination.honour-recorded.v1", Topics.NOMINATION_EVENTS, HonourRecorded.class),
            new EventType("tdkt.nomination.initiative-recognised.v1", Topics.NOMINATION_EVENTS,
                    InitiativeRecognised.class),
            new EventType("tdkt.nomination.initiative-used.v1", Topics.NOMINATION_EVENTS, InitiativeUsed.class),
            // #13 nomination dossiers
            new EventType("tdkt.nomination.nomination-submitted.v1", Topics.NOMINATION_EVENTS,
                    NominationSubmitted.class),
            new EventType("tdkt.nomination.nomination-appraised.v1", Topics.NOMINATION_EVENTS,
                    NominationAppraised.class),
            new EventType("tdkt.nomination.nomination-returned.v1", Topics.NOMINATION_EVENTS,
                    NominationReturned.class),
            new EventType("tdkt.nomination.nomination-voted.v1", Topics.NOMINATION_EVENTS, NominationVoted.class),
            new EventType("tdkt.nomination.nomination-decided.v1", Topics.NOMINATION_EVENTS,
                    NominationDecided.class),
            new EventType("tdkt.nomination.nomination-forwarded.v1", Topics.NOMINATION_EVENTS,
                    NominationForwarded.class),
            new EventType("tdkt.nomination.council-updated.v1", Topics.NOMINATION_EVENTS, CouncilUpdated.class),
            new EventType("tdkt.nomination.council-session-opened.v1", Topics.NOMINATION_EVENTS,
                    CouncilSessionOpened.class),
            new EventType("tdkt.nomination.council-session-closed.v1", Topics.NOMINATION_EVENTS,
                    CouncilSessionClosed.class),
            // #13, decisions and the exemplar register
            new EventType("tdkt.nomination.honour-conferred.v1", Topics.NOMINATION_EVENTS, HonourConferred.class),
            new EventType("tdkt.nomination.exemplars-registered.v1", Topics.NOMINATION_EVENTS,
                    ExemplarsRegistered.class),
            new EventType("tdkt.nomination.exemplar-registration-due.v1", Topics.NOMINATION_EVENTS,
                    ExemplarRegistrationDue.class),
            new EventType("tdkt.nomination.exemplar-registration-missed.v1", Topics.NOMINATION_EVENTS,
                    ExemplarRegistrationMissed.class),
            // #14 congresses
            new EventType("tdkt.congress.planned.v1", Topics.CONGRESS_EVENTS, CongressPlanned.class),
            new EventType("tdkt.congress.updated.v1", Topics.CONGRESS_EVENTS, CongressUpdated.class),
            new EventType("tdkt.congress.rescheduled.v1", Topics.CONGRESS_EVENTS, CongressRescheduled.class),
            new EventType("tdkt.congress.document-received.v1", Topics.CONGRESS_EVENTS,
                    CongressDocumentReceived.class),
            new EventType("tdkt.congress.seats-allocated.v1", Topics.CONGRESS_EVENTS, CongressSeatsAllocated.class),
            new EventType("tdkt.congress.document-reminder.v1", Topics.CONGRESS_EVENTS,
                    CongressDocumentReminder.class),
            // #14 delegate lists
            new EventType("tdkt.congress.delegate-list-approved.v1", Topics.CONGRESS_EVENTS,
                    DelegateListApproved.class),
            new EventType("tdkt.congress.delegate-list-reopened.v1", Topics.CONGRESS_EVENTS,
                    DelegateListReopened.class));

    private static final Map<String, EventType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static EventType of(DomainEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<?> eventClass) {
        EventType type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("Not a catalogued event: " + eventClass.getName());
        }
        return type;
    }
}
