package vn.tdkt.campaign.bloc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(BlocService.class);

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
        errors.addAll(UnitLookup.refusals(units, "organiserUnitCode", List.of(draft.bloc().organiser())));
        errors.addAll(UnitLookup.refusals(units, "memberUnitCodes", draft.bloc().members()));
        refuseUnknown(errors);
        blocs.insert(draft.bloc(), draft.events());
        relay.nudge();
        return draft.bloc();
    }

    /**
     * Drafts next year's bloc from this one. Members merged since (the 2025 reform merged communes within
     * blocs) are replaced by their successors; the other members must still be registered and acting.
     */
    EmulationBloc nextYear(BlocId id) {
        EmulationBloc bloc = get(id);
        List<UnitCode> named = new ArrayList<>(bloc.members());
        named.add(bloc.organiser());
        EmulationBloc.Draft draft = bloc.nextYear(BlocId.newId(), UnitLookup.successors(units, named), clock);
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(UnitLookup.refusals(units, "organiserUnitCode", List.of(draft.bloc().organiser())));
        errors.addAll(UnitLookup.refusals(units, "memberUnitCodes", draft.bloc().members()));
        refuseUnknown(errors);
        blocs.insert(draft.bloc(), draft.events());
        relay.nudge();
        return draft.bloc();
    }

    EmulationBloc changeMembers(BlocId id, List<UnitCode> members, List<UnitCode> order, UnitCode leader,
                                UnitCode deputy) {
        EmulationBloc bloc = get(id);
        List<BlocEvent> events = bloc.changeMembers(members, order, leader, deputy, clock);
        refuseUnknown(UnitLookup.refusals(units, "memberUnitCodes", bloc.members()));
        return store(bloc, events);
    }

    EmulationBloc amendCovenant(BlocId id, Covenant covenant) {
        EmulationBloc bloc = get(id);
        return store(bloc, bloc.amendCovenant(covenant, clock));
    }

    /**
     * Moves the bloc on, unless a member no longer acts: a merger normally replaces the member at once
     * ({@link #followMergers}), so this catches what that could not (a bloc that would shrink below two
     * members, one stored before mergers were followed, a deactivated member) with a 409 naming the member
     * and its successor, for the organiser to change the members first.
     */
    EmulationBloc transition(BlocId id, BlocPhase to) {
        EmulationBloc bloc = get(id);
        if (to == BlocPhase.COVENANT_SIGNING || to == BlocPhase.SCORING) {
            List<FieldError> retired = UnitLookup.refusals(units, "memberUnitCodes", bloc.members());
            if (!retired.isEmpty()) {
                throw new BlocStateException("Bloc " + id + " cannot move to " + to + ": members no longer act",
                        retired);
            }
        }
        return store(bloc, bloc.moveTo(to, clock));
    }

    /**
     * Replaces merged members by their successors in every bloc still being set up that has one of
     * {@code predecessors} as a member (see {@link EmulationBloc#followMergers}). A bloc that cannot follow
     * (it would keep one member) is left for its organiser, whom {@link #transition} tells.
     *
     * @return how many blocs changed
     */
    int followMergers(List<UnitCode> predecessors, UnitCode successor) {
        Map<UnitCode, UnitCode> successors = new LinkedHashMap<>();
        predecessors.forEach(predecessor -> successors.put(predecessor, successor));
        int changed = 0;
        for (EmulationBloc bloc : blocs.settingUpWithAnyMember(predecessors)) {
            try {
                List<BlocEvent> events = bloc.followMergers(successors, clock);
                store(bloc, events);
                changed += events.isEmpty() ? 0 : 1;
            } catch (BlocStateException | RuleViolationException cannot) {
                log.warn("Bloc {} keeps its merged members: {}", bloc.id(), cannot.getMessage());
            }
        }
        return changed;
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

    private static void refuseUnknown(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The bloc refers to units that do not exist or no longer act", errors);
        }
    }
}
