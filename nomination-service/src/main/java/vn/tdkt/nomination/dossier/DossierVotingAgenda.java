package vn.tdkt.nomination.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.council.VotingAgenda;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;

/** The dossiers as the council sees them: appraised ones go on the agenda; the results come back as tallies. */
@Component
class DossierVotingAgenda implements VotingAgenda {

    private static final int ATTEMPTS = 3;

    private final NominationService nominations;

    DossierVotingAgenda(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public List<AgendaItem> itemsFor(String councilUnitCode, List<String> nominationIds) {
        Map<String, Nomination> found = nominations.findAll(valid(nominationIds));
        List<FieldError> errors = new ArrayList<>();
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < nominationIds.size(); i++) {
            String id = nominationIds.get(i);
            Nomination n = found.get(NominationId.orNull(id) == null ? "" : NominationId.orNull(id).value());
            String field = "nominationIds[" + i + "]";
            if (n == null) {
                errors.add(new FieldError(field, "no nomination " + id));
            } else if (!councilUnitCode.equals(n.addressedTo())) {
                errors.add(new FieldError(field, id + " is addressed to " + n.addressedTo() + ", not " + councilUnitCode));
            } else if (n.status() != Status.APPRAISED) {
                errors.add(new FieldError(field, id + " is " + n.status() + ", not APPRAISED"));
            } else {
                Dossier d = n.dossier();
                items.add(new AgendaItem(n.id().value(), d.nominee().name(), d.nominee().unitCode(), d.awardCode(),
                        n.awardName(), d.year(), n.appraisal() == null ? null : n.appraisal().rulePackId()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("Some nominations may not be put to the vote of " + councilUnitCode,
                    errors);
        }
        return items;
    }

    @Override
    public void applyResults(String sessionId, List<VoteResult> results) {
        for (VoteResult result : results) {
            NominationId id = NominationId.orNull(result.nominationId());
            if (id == null) {
                throw new RuleViolationException("Not a nomination id", List.of(new FieldError("nominationId",
                        result.nominationId())));
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    Nomination n = nominations.get(id);
                    Nomination.Vote vote = new Nomination.Vote(sessionId, result.approved(), result.membership(),
                            result.participants(), result.approvals(), result.rejections(), result.blanks(),
                            result.ruleApplied(), nominations.clock().instant());
                    var events = n.recordVote(vote, nominations.clock());
                    if (!events.isEmpty()) {
                        nominations.update(n, events, n.dossier());
                    }
                    break;
                } catch (OptimisticLockingFailureException concurrent) {
                    if (attempt == ATTEMPTS) {
                        throw concurrent;
                    }
                }
            }
        }
    }

    private static List<String> valid(List<String> ids) {
        return ids.stream().map(NominationId::orNull).filter(java.util.Objects::nonNull).map(NominationId::value)
                .toList();
    }
}
