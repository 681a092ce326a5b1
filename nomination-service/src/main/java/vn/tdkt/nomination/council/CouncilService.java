package vn.tdkt.nomination.council;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.ForbiddenException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Role;

/**
 * Councils and their voting sessions. A ballot's choice reaches only {@link SessionRepository#cast}, which adds
 * it to a counter; it is never logged, audited, stored next to the voter or sent anywhere.
 */
@Service
class CouncilService {

    private static final Logger log = LoggerFactory.getLogger(CouncilService.class);
    private static final int CLOSE_ATTEMPTS = 20;

    private final CouncilRepository councils;
    private final SessionRepository sessions;
    private final VotingAgenda agenda;
    private final PackCouncilRules rules;
    private final OutboxRelay relay;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CouncilService(CouncilRepository councils, SessionRepository sessions, VotingAgenda agenda,
                   PackCouncilRules rules,
                   OutboxRelay relay, Clock clock) {
        this.councils = councils;
        this.sessions = sessions;
        this.agenda = agenda;
        this.rules = rules;
        this.relay = relay;
        this.clock = clock;
    }

    // ---- councils ------------------------------------------------------------------------------------------

    /** Sets up or changes the council of {@code unitCode}. */
    Council define(String unitCode, Council.Definition definition, String by) {
        Council existing = councils.find(unitCode).orElse(null);
        if (existing == null) {
            List<NominationEvent> events = new ArrayList<>();
            Council council = Council.establish(unitCode, definition, by, clock, events);
            try {
                councils.insert(council, events);
            } catch (DuplicateKeyException raced) {
                throw new ConflictException("The council of " + unitCode + " was set up concurrently; read it and retry");
            }
            relay.nudge();
            return council;
        }
        councils.update(existing, existing.redefine(definition, by, clock));
        relay.nudge();
        return existing;
    }

    java.util.Optional<Council> find(String unitCode) {
        return councils.find(unitCode);
    }

    Council council(String unitCode) {
        return councils.find(unitCode).orElseThrow(() -> new NotFoundException("No council at unit " + unitCode));
    }

    PageResponse<Council> list(Predicate<String> readable, PageQuery page) {
        List<Council> visible = councils.all().stream().filter(c -> readable.test(c.unitCode())).toList();
        int from = (int) Math.min(page.offset(), visible.size());
        return PageResponse.of(page, visible.subList(from, Math.min(from + page.size(), visible.size())), visible.size());
    }

    // ---- sessions ------------------------------------------------------------------------------------------

    VotingSession open(String unitCode, String title, List<String> nominationIds, Actor actor) {
        Council council = council(unitCode);
        requireSecretary(council, actor);
        List<String> ids = VotingSession.checkedNominationIds(nominationIds);
        List<VotingAgenda.AgendaItem> items = agenda().itemsFor(unitCode, ids);
        List<NominationEvent> events = new ArrayList<>();
        VotingSession session = VotingSession.open(SessionId.random(), council, title, items, actor.username(), clock,
                events);
        sessions.insert(session, events);
        relay.nudge();
        return session;
    }

    VotingSession session(String unitCode, String sessionId) {
        SessionId id = SessionId.orNull(sessionId);
        return (id == null ? java.util.Optional.<VotingSession>empty() : sessions.find(id))
                .filter(s -> s.opening().councilUnitCode().equals(unitCode))
                .orElseThrow(() -> new NotFoundException("No session " + sessionId + " of the council of " + unitCode));
    }

    PageResponse<VotingSession> sessions(String unitCode, PageQuery page) {
        return sessions.byCouncil(unitCode, page);
    }

    /**
     * Casts {@code member}'s ballot and returns its receipt: a random token of which only the hash is kept, so
     * the member can later see the ballot counted, and nobody (the member included) can show what it said.
     */
    String cast(String unitCode, String sessionId, String nominationId, Choice choice, String member) {
        VotingSession session = session(unitCode, sessionId);
        session.admit(member, nominationId);
        byte[] token = new byte[24];
        random.nextBytes(token);
        String receipt = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        if (!sessions.cast(session.id(), nominationId, member, choice, hash(receipt))) {
            // Closed, or this member's ballot landed meanwhile: say which, as the fresh state tells.
            session(unitCode, sessionId).admit(member, nominationId);
            throw new ConflictException("The ballot could not be recorded; the session changed meanwhile");
        }
        return receipt;
    }

    boolean counted(String unitCode, String sessionId, String receipt) {
        VotingSession session = session(unitCode, sessionId);
        return receipt != null && receipt.length() <= 64 && sessions.hasReceipt(session.id(), hash(receipt));
    }

    /** Closes the session, counts the results and applies them to the dossiers. */
    VotingSession close(String unitCode, String sessionId, VotingSession.RecordedRule recorded, Actor actor) {
        requireSecretary(council(unitCode), actor);
        for (int attempt = 0; attempt < CLOSE_ATTEMPTS; attempt++) {
            VotingSession session = session(unitCode, sessionId);
            List<NominationEvent> events = session.close(actor.username(), recorded, rules, clock);
            if (sessions.close(session, events)) {
                relay.nudge();
                apply(session);
                return session;
            }
        }
        throw new ConflictException("Ballots kept arriving while session " + sessionId + " was being closed; retry");
    }

    /** Applies a closed session's results to the dossiers; idempotent, so the recovery may do it again. */
    void apply(VotingSession session) {
        try {
            agenda().applyResults(session.id().value(), session.closing().outcomes().stream()
                    .map(VotingSession.Outcome::toVoteResult).toList());
            sessions.markApplied(session.id());
            session.resultsApplied();
        } catch (RuntimeException e) {
            log.warn("The results of council session {} are not applied yet; the recovery retries: {}",
                    session.id(), e.toString());
        }
    }

    /** Applies the results of sessions closed more than {@code after} ago whose application was interrupted. */
    int applyInterrupted(Duration after) {
        List<VotingSession> pending = sessions.unapplied(clock.instant().minus(after));
        pending.forEach(this::apply);
        return pending.size();
    }

    /** The dossiers' side of the port. */
    private VotingAgenda agenda() {
        return agenda;
    }

    private static void requireSecretary(Council council, Actor actor) {
        if (!actor.has(Role.ADMINISTRATOR) && !actor.username().equals(council.definition().secretary())) {
            throw new ForbiddenException("Only the council's secretary opens and closes its sessions", List.of(
                    actor.username() + " is not the secretary of the council of " + council.unitCode() + " ("
                            + council.definition().secretary() + ")"));
        }
    }

    static String hash(String receipt) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(receipt.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
