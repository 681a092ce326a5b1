package vn.tdkt.nomination.council;

import java.util.List;

/**
 * The counters of one dossier in a session: who took part (sorted by name, so the order says nothing of when)
 * and how many ballots of each kind. Never which member cast which kind.
 */
record Tally(List<String> participants, int approvals, int rejections, int blanks) {

    static final Tally NONE = new Tally(List.of(), 0, 0, 0);

    Tally {
        participants = participants.stream().sorted().toList();
    }

    int count() {
        return participants.size();
    }

    Tally with(String member, Choice choice) {
        List<String> more = new java.util.ArrayList<>(participants);
        more.add(member);
        return new Tally(more, approvals + (choice == Choice.APPROVE ? 1 : 0),
                rejections + (choice == Choice.REJECT ? 1 : 0), blanks + (choice == Choice.BLANK ? 1 : 0));
    }
}
