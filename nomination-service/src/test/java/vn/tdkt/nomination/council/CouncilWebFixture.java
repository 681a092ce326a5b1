package vn.tdkt.nomination.council;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import vn.tdkt.support.paging.PageResponse;

/** The storage of the web slices, mocked: the LS council, an open and a closed session of it. */
final class CouncilWebFixture {

    static final String OPEN_ID = "11111111-2222-4333-8444-555555555555";
    static final String CLOSED_ID = "99999999-2222-4333-8444-555555555555";
    static final String UNKNOWN_ID = "00000000-2222-4333-8444-555555555555";
    static final String OPEN_PATH = "/api/v1/councils/LS/sessions/" + OPEN_ID;
    static final String CLOSED_PATH = "/api/v1/councils/LS/sessions/" + CLOSED_ID;

    private CouncilWebFixture() {
    }

    static VotingSession openSession() {
        VotingSession opened = Sessions.open(Sessions.item("DX-1", Sessions.BEFORE_2024),
                Sessions.item("DX-2", Sessions.PACK_2024));
        return VotingSession.restore(new SessionId(OPEN_ID), opened.opening(), opened.lines(), null, false, 0);
    }

    static VotingSession closedSession() {
        VotingSession s = VotingSession.restore(new SessionId(CLOSED_ID), openSession().opening(),
                openSession().lines().subList(0, 1), null, false, 0);
        Sessions.votes(s, "DX-1", Choice.APPROVE, Choice.APPROVE, Choice.APPROVE, Choice.APPROVE, Choice.APPROVE);
        s.close(Sessions.SECRETARY, null, Sessions.RULES, Sessions.CLOCK);
        s.stored(1);
        return s;
    }

    static void stub(CouncilRepository councils, SessionRepository sessions, FakeAgendaHolder agenda,
                     PackCouncilRules rules) {
        when(councils.find(anyString())).thenReturn(Optional.empty());
        when(councils.find("LS")).thenAnswer(call -> Optional.of(Council.restore("LS", Sessions.definition(), 3)));
        when(councils.all()).thenAnswer(call -> List.of(Council.restore("LS", Sessions.definition(), 3)));
        doAnswer(call -> {
            call.<Council>getArgument(0).stored(0);
            return null;
        }).when(councils).insert(any(), any());
        doAnswer(call -> {
            Council c = call.getArgument(0);
            c.stored(c.version() + 1);
            return null;
        }).when(councils).update(any(), any());
        when(sessions.find(any())).thenReturn(Optional.empty());
        when(sessions.find(new SessionId(OPEN_ID))).thenAnswer(call -> Optional.of(openSession()));
        when(sessions.find(new SessionId(CLOSED_ID))).thenAnswer(call -> Optional.of(closedSession()));
        when(sessions.byCouncil(any(), any())).thenAnswer(call -> PageResponse.of(call.getArgument(1),
                List.of(closedSession()), 1));
        doAnswer(call -> {
            call.<VotingSession>getArgument(0).stored(0);
            return null;
        }).when(sessions).insert(any(), any());
        when(sessions.cast(any(), anyString(), anyString(), any(), anyString())).thenReturn(true);
        when(sessions.close(any(), any())).thenAnswer(call -> {
            VotingSession s = call.getArgument(0);
            s.stored(s.version() + 1);
            return true;
        });
        when(sessions.hasReceipt(any(), anyString())).thenAnswer(call ->
                call.<String>getArgument(1).equals(CouncilService.hash("GOOD-RECEIPT")));
        when(rules.apply(any())).thenAnswer(call -> Sessions.RULES.apply(call.getArgument(0)));
        agenda.agenda = new FakeAgenda().with(Sessions.item("DX-1", Sessions.BEFORE_2024),
                Sessions.item("DX-2", Sessions.PACK_2024));
    }

    /** A bean that hands the slice's service whatever fake agenda the test set up. */
    static final class FakeAgendaHolder implements VotingAgenda {
        FakeAgenda agenda = new FakeAgenda();

        @Override
        public List<AgendaItem> itemsFor(String councilUnitCode, List<String> nominationIds) {
            return agenda.itemsFor(councilUnitCode, nominationIds);
        }

        @Override
        public void applyResults(String sessionId, List<VoteResult> results) {
            agenda.applyResults(sessionId, results);
        }
    }
}
