package vn.tdkt.nomination.initiative;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;

/** Recognition and the usage ledger of initiatives; also what eligibility reads of a nominee's initiatives. */
@Service
class InitiativeService implements InitiativeLedger {

    private final InitiativeRepository initiatives;
    private final HonoursHistory honours;
    private final OutboxRelay relay;
    private final Clock clock;

    InitiativeService(InitiativeRepository initiatives, HonoursHistory honours, OutboxRelay relay, Clock clock) {
        this.initiatives = initiatives;
        this.honours = honours;
        this.relay = relay;
        this.clock = clock;
    }

    Initiative recognise(InitiativeId id, Initiative.Recognition recognition) {
        Initiative.Recognised recognised = Initiative.recognise(id, recognition, clock);
        if (initiatives.find(id).isPresent()) {
            throw new ConflictException("Initiative " + id + " is already recorded");
        }
        initiatives.insert(recognised.initiative(), recognised.events());
        relay.nudge();
        return recognised.initiative();
    }

    Initiative get(InitiativeId id) {
        return initiatives.find(id).orElseThrow(() -> new NotFoundException("No initiative " + id));
    }

    PageResponse<Initiative> byUnit(String unitCode, PageQuery page) {
        return initiatives.byUnit(unitCode, page);
    }

    Initiative use(InitiativeId id, Initiative.Proposal proposal) {
        List<FieldError> errors = new ArrayList<>();
        String award = AwardCatalogue.find(proposal.awardCode()).map(a -> a.code()).orElse(null);
        if (award == null) {
            errors.add(new FieldError("award", "'" + proposal.awardCode() + "' is not an award of the catalogue"));
        }
        if (proposal.from() != null && proposal.to() != null && proposal.to() < proposal.from()) {
            errors.add(new FieldError("achievementTo", "must not be before achievementFrom"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Initiative initiative = get(id);
        Initiative.Proposal resolved = new Initiative.Proposal(proposal.proposalId(), proposal.nomineeId(), award,
                proposal.from(), proposal.to());
        List<Integer> rewarded = honours.of(proposal.nomineeId()).stream().filter(l -> l.awardCode().equals(award))
                .map(HonoursHistory.Line::year).toList();
        List<NominationEvent> events = initiative.use(resolved, initiatives.usesOf(proposal.nomineeId(), award),
                rewarded, clock);
        initiatives.update(initiative, events);
        relay.nudge();
        return initiative;
    }

    @Override
    public List<Entry> byAuthor(String authorId) {
        return initiatives.entriesByAuthor(authorId);
    }

    @Override
    public Map<String, List<Entry>> byAuthors(Collection<String> authorIds) {
        Set<String> wanted = Set.copyOf(authorIds);
        Map<String, List<Entry>> found = new HashMap<>();
        for (Initiative i : initiatives.byAuthors(wanted)) {
            for (String author : i.recognition().authorIds()) {
                if (wanted.contains(author)) {
                    found.computeIfAbsent(author, a -> new ArrayList<>()).add(entry(i));
                }
            }
        }
        return found;
    }

    private static Entry entry(Initiative i) {
        return new Entry(i.id().value(), i.recognition().scope().name(),
                Boolean.TRUE.equals(i.recognition().effectivelyApplied()), i.recognition().recognizedBy(),
                i.usage() == null ? "" : i.usage().proposalId());
    }

    @Override
    public Optional<String> unitOfAuthor(String authorId) {
        List<Initiative> authored = initiatives.byAuthor(authorId);
        return authored.isEmpty() ? Optional.empty() : Optional.of(authored.getLast().recognition().unitCode());
    }
}
