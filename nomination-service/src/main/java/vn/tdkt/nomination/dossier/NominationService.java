package vn.tdkt.nomination.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.nomination.award.Award;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.award.AuthorityLookup;
import vn.tdkt.nomination.eligibility.EligibilityExplainer;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.nomination.initiative.InitiativeLedger;
import vn.tdkt.nomination.rulepack.RulePack;
import vn.tdkt.nomination.rulepack.RulePacks;
import vn.tdkt.support.campaigndirectory.CampaignDirectory;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * The dossiers' use cases: checks what only stored data can tell (units, campaigns, duplicates, the nominee's
 * record, the authority), lets the {@link Nomination} decide the move, stores it with its events.
 */
@Service
class NominationService {

    private final NominationRepository nominations;
    private final UnitDirectory units;
    private final UnitTree tree;
    private final CampaignDirectory campaigns;
    private final HonoursHistory honours;
    private final InitiativeLedger initiatives;
    private final EligibilityExplainer explainer;
    private final AuthorityLookup authorities;
    private final RulePacks packs;
    private final OutboxRelay relay;
    private final Clock clock;

    NominationService(NominationRepository nominations, UnitDirectory units, UnitTree tree,
                      CampaignDirectory campaigns, HonoursHistory honours, InitiativeLedger initiatives,
                      EligibilityExplainer explainer, AuthorityLookup authorities, RulePacks packs, OutboxRelay relay,
                      Clock clock) {
        this.nominations = nominations;
        this.units = units;
        this.tree = tree;
        this.campaigns = campaigns;
        this.honours = honours;
        this.initiatives = initiatives;
        this.explainer = explainer;
        this.authorities = authorities;
        this.packs = packs;
        this.relay = relay;
        this.clock = clock;
    }

    /** What the nominating office sends, before the award is resolved from its code or name. */
    record Draft(String nominatingUnitCode, String addressedTo, Dossier.Nominee nominee, String award,
                 vn.tdkt.nomination.award.AwardBasis basis, String campaignId, Integer year, String achievements,
                 Dossier.Evidence evidence, List<Dossier.Attachment> attachments) {
    }

    /** A draft; with {@code submit}, submitted at once: stored SUBMITTED with its event in the one insert. */
    Nomination create(Draft draft, boolean submit, String actor) {
        Checked checked = checked(draft);
        // Read once: it prefills the evidence and says whether the award was already received.
        List<HonoursHistory.Line> recorded = honours.of(draft.nominee().nomineeId());
        Dossier dossier = dossierOf(draft, checked, recorded);
        checkUnits(draft.nominatingUnitCode(), draft.addressedTo(), dossier);
        checkNoHonour(dossier, recorded);
        // No read for a live duplicate first: the unique live key refuses one on insert, and the refusal names it.
        Nomination nomination = Nomination.draft(NominationId.newId(), draft.nominatingUnitCode(), draft.addressedTo(),
                dossier, actor, clock);
        insert(nomination, submit ? nomination.submit(actor, clock) : List.of(), dossier);
        return nomination;
    }

    Nomination get(NominationId id) {
        return nominations.find(id).orElseThrow(() -> new NotFoundException("No nomination " + id));
    }

    Nomination edit(NominationId id, long expectedVersion, Draft draft, String actor) {
        Nomination nomination = current(id, expectedVersion);
        if (!nomination.nominatingUnitCode().equals(draft.nominatingUnitCode())
                || !nomination.addressedTo().equals(draft.addressedTo())) {
            throw new RuleViolationException("A dossier keeps its nominating and addressed units", List.of(
                    new FieldError("nominatingUnitCode", "must stay " + nomination.nominatingUnitCode()
                            + " and addressedTo " + nomination.addressedTo() + "; file a new dossier instead")));
        }
        Dossier dossier = dossierOf(draft, checked(draft), null);
        checkUnits(draft.nominatingUnitCode(), draft.addressedTo(), dossier);
        checkNotDuplicate(dossier, nomination.id(), honours.of(dossier.nominee().nomineeId()));
        List<NominationEvent> events = nomination.edit(dossier, actor, clock);
        update(nomination, events, dossier);
        return nomination;
    }

    /** Submits {@code nomination} as the caller just read it (not read again), if it is still that version. */
    Nomination submit(Nomination nomination, Long expectedVersion, String actor) {
        checkVersion(nomination, expectedVersion);
        checkNoHonour(nomination.dossier(), honours.of(nomination.dossier().nominee().nomineeId()));
        update(nomination, nomination.submit(actor, clock), nomination.dossier());
        return nomination;
    }

    /** Runs the explainer on the dossier's facts and the nominee's record, and stores its answer with the pack. */
    Nomination appraise(NominationId id, Long expectedVersion, Map<String, String> notes, LocalDate decisionDate,
                        String actor) {
        Nomination nomination = current(id, expectedVersion);
        if (!(nomination.state() instanceof Submitted)) {
            throw new IllegalMoveException(id, nomination.state(), "be appraised");
        }
        Dossier d = nomination.dossier();
        Dossier.Evidence e = d.evidence();
        EligibilityExplainer.Answer answer = explainer.explain(new EligibilityExplainer.Question(d.awardCode(),
                decisionDate == null ? LocalDate.now(clock) : decisionDate, d.nominee().nomineeId(),
                d.nominee().kind().name(), d.nominee().category(), d.year(),
                e.taskRatings().stream().map(r -> new EligibilityExplainer.YearFact(r.year(), r.rating().name()))
                        .toList(),
                e.earlierHonours() == null ? null : e.earlierHonours().stream()
                        .map(h -> new EligibilityExplainer.HonourFact(h.awardCode(), h.year())).toList(),
                e.initiativeIds(), e.discipline() == null ? null : e.discipline().name(),
                e.collectiveRating() == null ? null : e.collectiveRating().name(), e.members(),
                e.membersAdvancedWorkers()));
        Nomination.Appraisal appraisal = Appraisals.of(answer, d.gaps(), notes, actor, clock.instant());
        update(nomination, nomination.appraise(appraisal, actor, clock), d);
        return nomination;
    }

    Nomination giveBack(NominationId id, Long expectedVersion, List<String> reasons, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (reasons != null) {
            if (reasons.size() > Nomination.MAX_REASONS) {
                errors.add(new FieldError("reasons", "at most " + Nomination.MAX_REASONS + " reasons"));
            }
            for (int i = 0; i < reasons.size(); i++) {
                String r = reasons.get(i);
                if (r == null || r.isBlank() || r.length() > Nomination.MAX_REASON_LENGTH) {
                    errors.add(new FieldError("reasons[" + i + "]", "must be 1–" + Nomination.MAX_REASON_LENGTH
                            + " characters"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Nomination nomination = current(id, expectedVersion);
        List<String> given = reasons == null ? null : reasons.stream().map(String::strip).toList();
        update(nomination, nomination.giveBack(given, actor, clock), nomination.dossier());
        return nomination;
    }

    /**
     * Forwards an approved dossier beyond the addressed unit's authority to its parent, where it arrives as a
     * new submitted nomination. Asked again after an interruption, it completes the forward.
     */
    Nomination forward(NominationId id, Long expectedVersion, String actor) {
        Nomination nomination = current(id, expectedVersion);
        if (nomination.state() instanceof Forwarded) {
            arriveUpstairs(nomination);
            return nomination;
        }
        if (!(nomination.state() instanceof Approved)) {
            throw new IllegalMoveException(id, nomination.state(), "be forwarded");
        }
        Authority authority = authorityOf(nomination);
        if (authority.kind() == Authority.Kind.WITHIN) {
            throw new RuleViolationException("The award lies within " + nomination.addressedTo() + "'s authority: "
                    + "decide it there", List.of(new FieldError("addressedTo", authority.reason())));
        }
        String upper = tree.parentOf(nomination.addressedTo()).orElseThrow(() -> new RuleViolationException(
                "There is no level above " + nomination.addressedTo(), List.of(new FieldError("addressedTo",
                        nomination.addressedTo() + " has no parent unit in the unit tree"))));
        update(nomination, nomination.forwardTo(upper, authority.reason(), actor, clock), nomination.dossier());
        arriveUpstairs(nomination);
        return nomination;
    }

    private void arriveUpstairs(Nomination forwarded) {
        Nomination.Forwarding arrival = forwarded.upperLevel();
        if (nominations.find(arrival.nomination().id()).isPresent()) {
            return;
        }
        try {
            nominations.insert(arrival.nomination(), arrival.events());
        } catch (DuplicateKeyException alreadyThere) {
            // written by a concurrent or earlier attempt: the forward is complete
        }
        relay.nudge();
    }

    /** Whether the award lies within the addressed unit's authority, by the pack in force today. */
    Authority authorityOf(Nomination nomination) {
        String level = units.find(nomination.addressedTo()).map(DirectoryUnit::level).orElse(null);
        return Authority.of(authorities.authorityOf(nomination.dossier().awardCode(), LocalDate.now(clock)), level);
    }

    PageResponse<Nomination> search(NominationRepository.Filter filter, PageQuery page) {
        return nominations.search(filter, page);
    }

    Set<String> subtree(String unitCode) {
        return nominations.subtree(unitCode);
    }

    /** The quota guardrails of {@code unitCode}'s council for {@code year}, under the pack of {@code on}. */
    Guardrail guardrails(String unitCode, int year, LocalDate on, String rulePack) {
        RulePack pack = packs.select(on == null ? LocalDate.now(clock) : on, rulePack);
        Map<String, long[]> raw = new HashMap<>();
        for (Map.Entry<String, Status> e : nominations.addressedFor(unitCode, year)) {
            long[] c = raw.computeIfAbsent(e.getKey(), k -> new long[3]);
            switch (e.getValue()) {
                case SUBMITTED, APPRAISED -> c[0]++;
                case APPROVED -> c[1]++;
                default -> {
                }
            }
        }
        honours.countByAward(nominations.subtree(unitCode), year)
                .forEach((award, n) -> raw.computeIfAbsent(award, k -> new long[3])[2] += n);
        Map<String, Guardrails.Counts> counts = new HashMap<>();
        raw.forEach((award, c) -> counts.put(award, new Guardrails.Counts(c[0], c[1], c[2])));
        return new Guardrail(unitCode, year, pack.id(), Guardrails.of(pack, AwardCatalogue.ALL, counts));
    }

    record Guardrail(String unitCode, int year, String rulePackId, List<Guardrails.Figures> awards) {
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Nomination current(NominationId id, Long expectedVersion) {
        Nomination nomination = get(id);
        checkVersion(nomination, expectedVersion);
        return nomination;
    }

    /**
     * The If-Match check against what was read; the write's own version guard still refuses a change made since
     * that read.
     */
    private static void checkVersion(Nomination nomination, Long expectedVersion) {
        if (expectedVersion != null && nomination.version() != expectedVersion.longValue()) {
            throw new StaleVersionException(nomination.id(), nomination.version(), expectedVersion);
        }
    }

    /** A draft's award, resolved, and its evidence with earlier honours by code: what its fields alone allow. */
    record Checked(Award award, Dossier.Evidence evidence) {
    }

    /**
     * Every rule a draft's fields must meet by themselves, no stored data read (the bulk import applies the same
     * to each row).
     *
     * @throws InvalidInputException naming every bad field by its JSON path
     */
    static Checked checked(Draft draft) {
        Award award = draft.award() == null ? null : AwardCatalogue.find(draft.award()).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        if (award == null) {
            errors.add(new FieldError("award", "'" + draft.award() + "' is neither a code nor a name of the award "
                    + "catalogue (GET /api/v1/awards)"));
        }
        Dossier.Evidence evidence = resolveHonours(draft.evidence(), errors);
        errors.addAll(Dossier.problems(draft.nominee(), award, draft.basis(), draft.year(), draft.achievements(),
                evidence, draft.attachments()));
        if (draft.campaignId() != null && !draft.campaignId().matches(Dossier.CODE)) {
            errors.add(new FieldError("campaignId", "must be a campaign id"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(award, evidence);
    }

    /** {@code recorded}: the nominee's honours history, to prefill the evidence from; null not to prefill. */
    private Dossier dossierOf(Draft draft, Checked checked, List<HonoursHistory.Line> recorded) {
        Award award = checked.award();
        Dossier.Evidence evidence = checked.evidence();
        if (draft.campaignId() != null && campaigns.find(draft.campaignId()).isEmpty()) {
            throw new RuleViolationException("No campaign " + draft.campaignId(), List.of(new FieldError("campaignId",
                    "no campaign '" + draft.campaignId() + "' is known here")));
        }
        if (recorded != null) {
            evidence = prefilled(evidence == null ? Dossier.Evidence.NONE : evidence, recorded,
                    draft.nominee().nomineeId(), draft.year());
        }
        return new Dossier(draft.nominee(), award.code(), draft.basis(), draft.campaignId(), draft.year(),
                draft.achievements(), evidence, draft.attachments());
    }

    /** Earlier honours may name the award by code or name; stored by code. */
    private static Dossier.Evidence resolveHonours(Dossier.Evidence e, List<FieldError> errors) {
        if (e == null || e.earlierHonours() == null) {
            return e;
        }
        List<Dossier.EarlierHonour> resolved = new ArrayList<>();
        for (int i = 0; i < e.earlierHonours().size(); i++) {
            Dossier.EarlierHonour h = e.earlierHonours().get(i);
            Optional<Award> award = h == null ? Optional.empty() : AwardCatalogue.find(h.awardCode());
            if (h != null && award.isEmpty()) {
                errors.add(new FieldError("evidence.earlierHonours[" + i + "].awardCode", "'" + h.awardCode()
                        + "' is neither a code nor a name of the award catalogue"));
            }
            resolved.add(h == null || award.isEmpty() ? h
                    : new Dossier.EarlierHonour(award.get().code(), h.year(), h.decisionNumber()));
        }
        return new Dossier.Evidence(e.taskRatings(), resolved, e.initiativeIds(), e.discipline(),
                e.collectiveRating(), e.members(), e.membersAdvancedWorkers());
    }

    /** Evidence the office left out is prefilled from what the platform records of the nominee. */
    private Dossier.Evidence prefilled(Dossier.Evidence given, List<HonoursHistory.Line> recorded, String nomineeId,
                                       int year) {
        if (given.earlierHonours() != null && given.initiativeIds() != null) {
            return given;
        }
        return prefill(given, recorded, given.initiativeIds() != null ? List.of() : initiatives.byAuthor(nomineeId),
                year);
    }

    /**
     * The earlier honours (recorded years before {@code year}) and the initiatives applied and backing no proposal
     * yet, where the evidence leaves them out; shared with the bulk import, which reads the records in batches.
     */
    static Dossier.Evidence prefill(Dossier.Evidence given, List<HonoursHistory.Line> recorded,
                                    List<InitiativeLedger.Entry> authored, int year) {
        List<Dossier.EarlierHonour> earlier = recorded.stream().filter(l -> l.year() < year)
                .map(l -> new Dossier.EarlierHonour(l.awardCode(), l.year(), null)).toList();
        List<String> unused = authored.stream().filter(i -> i.effectivelyApplied() && "".equals(i.usedFor()))
                .map(InitiativeLedger.Entry::id).toList();
        return given.prefilled(earlier, unused);
    }

    /** Whether the history records the award for the year: the same achievement is not rewarded twice. */
    static boolean honoured(List<HonoursHistory.Line> recorded, String awardCode, int year) {
        return recorded.stream().anyMatch(l -> l.awardCode().equals(awardCode) && l.year() == year);
    }

    private void checkUnits(String nominating, String addressedTo, Dossier dossier) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> named = Map.of("nominatingUnitCode", nominating, "addressedTo", addressedTo,
                "nominee.unitCode", dossier.nominee().unitCode());
        // The three units in one read; the walks up the tree below start from them.
        Map<String, DirectoryUnit> found = units.findAll(Set.copyOf(named.values()));
        UnitTree walk = code -> found.containsKey(code) ? Optional.ofNullable(found.get(code).treeParent())
                : tree.parentOf(code);
        for (Map.Entry<String, String> unit : named.entrySet()) {
            Optional<DirectoryUnit> known = Optional.ofNullable(found.get(unit.getValue()));
            if (known.isEmpty()) {
                errors.add(new FieldError(unit.getKey(), "no unit '" + unit.getValue() + "' is known here"));
            } else if (!DirectoryUnit.ACTIVE.equals(known.get().status()) && !"nominee.unitCode".equals(unit.getKey())) {
                errors.add(new FieldError(unit.getKey(), "unit " + unit.getValue() + " is " + known.get().status()
                        + (known.get().successorCode() == null ? "" : "; name " + known.get().successorCode())));
            }
        }
        if (errors.isEmpty()) {
            if (!walk.isWithin(nominating, addressedTo)) {
                errors.add(new FieldError("addressedTo", "must be " + nominating + " or a unit above it: the council"
                        + " of the nominating unit or of a higher level"));
            }
            if (!walk.isWithin(dossier.nominee().unitCode(), nominating)) {
                errors.add(new FieldError("nominee.unitCode", dossier.nominee().unitCode() + " is not "
                        + nominating + " or under it"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
            throw new RuleViolationException("The dossier names units it may not", errors);
        }
    }

    private void checkNotDuplicate(Dossier dossier, NominationId self, List<HonoursHistory.Line> recorded) {
        String key = Nomination.liveKey(dossier.nominee().nomineeId(), dossier.awardCode(), dossier.year());
        nominations.findLive(key).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new DuplicateNominationException(dossier.nominee().nomineeId(), dossier.awardCode(), dossier.year(),
                    other.id().value());
        });
        checkNoHonour(dossier, recorded);
    }

    /** The same achievement is not rewarded twice: a recorded honour for the award and year refuses the dossier. */
    private static void checkNoHonour(Dossier dossier, List<HonoursHistory.Line> recorded) {
        if (honoured(recorded, dossier.awardCode(), dossier.year())) {
            throw new RuleViolationException("The nominee already received this award for this year",
                    List.of(new FieldError("award", alreadyHonoured(dossier.nominee().nomineeId(),
                            dossier.award().name(), dossier.year()))));
        }
    }

    static String alreadyHonoured(String nomineeId, String awardName, int year) {
        return nomineeId + " already received " + awardName + " for " + year
                + " (honours history); an achievement is rewarded once";
    }

    private void insert(Nomination nomination, List<NominationEvent> events, Dossier dossier) {
        try {
            nominations.insert(nomination, events);
        } catch (DuplicateKeyException race) {
            throw duplicateAfterRace(dossier, race);
        }
        relay.nudge();
    }

    void update(Nomination nomination, List<NominationEvent> events, Dossier dossier) {
        try {
            nominations.update(nomination, events);
        } catch (DuplicateKeyException race) {
            throw duplicateAfterRace(dossier, race);
        }
        relay.nudge();
    }

    /** Another live dossier won the unique live key meanwhile: name it. */
    private RuntimeException duplicateAfterRace(Dossier dossier, DuplicateKeyException race) {
        String key = Nomination.liveKey(dossier.nominee().nomineeId(), dossier.awardCode(), dossier.year());
        return nominations.findLive(key).<RuntimeException>map(other -> new DuplicateNominationException(
                dossier.nominee().nomineeId(), dossier.awardCode(), dossier.year(), other.id().value())).orElse(race);
    }

    Map<String, Nomination> findAll(List<String> ids) {
        return nominations.findAll(ids);
    }

    Clock clock() {
        return clock;
    }
}
