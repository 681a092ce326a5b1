package vn.tdkt.campaign.bloc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.events.bloc.BlocEvent;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;

/** Bloc use cases: each loads, runs one command, stores state and events in one write. */
@Service
class BlocService {

    /** Scorecards of different members land on one document at once; each is retried this often on a clash. */
    static final int SCORECARD_ATTEMPTS = 3;

    private final BlocRepository blocs;
    private final UnitLookup units;
    private final OutboxRelay relay;
    private final Clock clock;

    BlocService(BlocRepository blocs, UnitLookup units, OutboxRelay relay, Clock clock) {
        this.blocs = blocs;
        this.units = units;
        this.relay = relay;
        this.clock = clock;
    }

    EmulationBloc create(EmulationBloc.Definition definition) {
        EmulationBloc.Draft draft = EmulationBloc.create(BlocId.newId(), definition, clock);
        List<FieldError> errors = new ArrayList<>();
        unknown("organiserUnitCode", List.of(draft.bloc().organiser())).ifPresent(errors::add);
        unknown("memberUnitCodes", draft.bloc().members()).ifPresent(errors::add);
        refuseUnknown(errors);
        blocs.insert(draft.bloc(), draft.events());
        relay.nudge();
        return draft.bloc();
    }

    /** Drafts next year's bloc from this one; its members must still be registered units. */
    EmulationBloc nextYear(BlocId id) {
        EmulationBloc.Draft draft = get(id).nextYear(BlocId.newId(), clock);
        List<FieldError> errors = new ArrayList<>();
        unknown("memberUnitCodes", draft.bloc().members()).ifPresent(errors::add);
        refuseUnknown(errors);
        blocs.insert(draft.bloc(), draft.events());
        relay.nudge();
        return draft.bloc();
    }

    EmulationBloc changeMembers(BlocId id, List<UnitCode> members, List<UnitCode> order, UnitCode leader,
                                UnitCode deputy) {
        EmulationBloc bloc = get(id);
        List<BlocEvent> events = bloc.changeMembers(members, order, leader, deputy, clock);
        List<FieldError> errors = new ArrayList<>();
        unknown("memberUnitCodes", bloc.members()).ifPresent(errors::add);
        refuseUnknown(errors);
        return store(bloc, events);
    }

    EmulationBloc amendCovenant(BlocId id, Covenant covenant) {
        EmulationBloc bloc = get(id);
        return store(bloc, bloc.amendCovenant(covenant, clock));
    }

    EmulationBloc transition(BlocId id, BlocPhase to) {
        EmulationBloc bloc = get(id);
        return store(bloc, bloc.moveTo(to, clock));
    }

    EmulationBloc sign(BlocId id, UnitCode member) {
        EmulationBloc bloc = get(id);
        return store(bloc, bloc.sign(member, clock));
    }

    /**
     * Every member scores into the same document, often at the same moment; a scorecard does not depend on
     * another's, so a clash is retried on a fresh read instead of sending the member back.
     */
    Scored submit(BlocId id, UnitCode scorer, UnitCode subject, List<EmulationBloc.ScoreDraft> scores) {
        for (int attempt = 1; ; attempt++) {
            EmulationBloc bloc = get(id);
            Long before = bloc.version();
            EmulationBloc.Submission submission = bloc.submit(scorer, subject, scores, clock);
            try {
                store(bloc, submission.events());
                return new Scored(submission.scorecard(), before, bloc.version());
            } catch (OptimisticLockingFailureException clash) {
                if (attempt == SCORECARD_ATTEMPTS) {
                    throw clash;
                }
            }
        }
    }

    EmulationBloc publish(BlocId id) {
        EmulationBloc bloc = get(id);
        return store(bloc, bloc.publish(clock));
    }

    EmulationBloc get(BlocId id) {
        return blocs.find(id).orElseThrow(() -> new NotFoundException("No bloc " + id));
    }

    PageResponse<EmulationBloc> list(Integer year, UnitCode organiser, UnitCode member, PageQuery page) {
        return blocs.findAll(year, organiser, member, page);
    }

    /** A bloc's scorecards, by scorer then subject, optionally of one scorer and/or one subject. */
    static PageResponse<Scorecard> scorecards(EmulationBloc bloc, UnitCode scorer, UnitCode subject, PageQuery page) {
        List<Scorecard> matching = bloc.scorecards().stream()
                .filter(s -> scorer == null || s.scorer().equals(scorer))
                .filter(s -> subject == null || s.subject().equals(subject)).toList();
        List<Scorecard> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return PageResponse.of(page, items, matching.size());
    }

    /** A stored scorecard and the bloc's versions around its write. */
    record Scored(Scorecard scorecard, Long versionBefore, Long versionAfter) {
    }

    private EmulationBloc store(EmulationBloc bloc, List<BlocEvent> events) {
        if (!events.isEmpty()) {
            blocs.update(bloc, events);
            relay.nudge();
        }
        return bloc;
    }

    private java.util.Optional<FieldError> unknown(String field, Collection<UnitCode> codes) {
        Set<UnitCode> unknown = units.unknown(codes);
        return unknown.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new FieldError(field,
                "no units registered with the codes " + unknown.stream().map(UnitCode::value)
                        .collect(Collectors.joining(", "))));
    }

    private static void refuseUnknown(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The bloc refers to units that do not exist", errors);
        }
    }
}
