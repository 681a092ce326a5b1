package vn.tdkt.campaign.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.AwardForm;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;
import vn.tdkt.events.campaign.CampaignUpdated;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.campaign.Participants;
import vn.tdkt.events.campaign.Responsibility;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * An emulation campaign (phong trào thi đua) launched by an organiser unit, usually implementing a
 * higher campaign or directive (căn cứ), with a period and a distribution list (nơi nhận) of units
 * that are told of every move of its phase. Its plan says who takes part, which movements it joins,
 * its goals and criteria, the awards it offers, its dated milestones, each unit's tasks and until when
 * units may register. The whole plan may be revised while it is a draft; once launched, the plans
 * only ever add milestones and tasks. Whether the units and the parent exist is checked by the
 * application service; this class keeps what holds within one campaign.
 */
final class Campaign {

    static final int MAX_TEXT_LENGTH = 500;
    /** Goals, criteria, tasks and review summaries are paragraphs, not titles. */
    static final int MAX_LONG_TEXT_LENGTH = 5000;

    private final CampaignId id;
    private final UnitCode organiserUnitCode;
    private final Instant createdAt;
    private final List<PhaseChange> phaseHistory;
    private String title;
    private String theme;
    private CampaignKind kind;
    private CampaignId parentCampaignId;
    private List<LegalBasis> legalBasis;
    private LocalDate startDate;
    private LocalDate endDate;
    private List<UnitCode> recipientUnitCodes;
    private Details details;
    private Phase phase;
    /** The stored version this state was read at; {@code null} until first stored. */
    private Long version;

    private Campaign(CampaignId id, Plan plan, Details details, Instant createdAt, Phase phase,
                     List<PhaseChange> phaseHistory, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.organiserUnitCode = Objects.requireNonNull(plan.organiserUnitCode(), "organiserUnitCode");
        this.createdAt = createdAt;
        this.phase = phase;
        this.phaseHistory = new ArrayList<>(phaseHistory);
        this.version = version;
        apply(plan, details);
    }

    private void apply(Plan plan, Details details) {
        this.title = plan.title();
        this.theme = plan.theme();
        this.kind = Objects.requireNonNull(plan.kind(), "kind");
        this.parentCampaignId = plan.parentCampaignId();
        this.legalBasis = List.copyOf(plan.legalBasis());
        this.startDate = plan.startDate();
        this.endDate = plan.endDate();
        this.recipientUnitCodes = List.copyOf(plan.recipientUnitCodes());
        this.details = details;
    }

    /** A new campaign in {@link Phase#DRAFT} with only the fixed contract's plan. */
    static Draft draft(CampaignId id, Plan plan, Clock clock) {
        return draft(id, plan, Details.NONE, clock);
    }

    /** A new campaign in {@link Phase#DRAFT} and the event announcing it. */
    static Draft draft(CampaignId id, Plan plan, Details details, Clock clock) {
        Plan valid = validPlan(id, plan);
        Campaign campaign = new Campaign(id, valid, validDetails(valid, details), clock.instant(), Phase.DRAFT,
                List.of(), null);
        return new Draft(campaign, List.of(campaign.created()));
    }

    /** Rebuilds a campaign from storage; no rules are re-checked and no events are produced. */
    static Campaign restore(CampaignId id, Plan plan, Details details, Instant createdAt, Phase phase,
                            List<PhaseChange> phaseHistory, long version) {
        return new Campaign(id, plan, details, createdAt, phase, phaseHistory, version);
    }

    /**
     * Replaces the whole plan of a draft. The organiser stays: it is whom the campaign belongs to, and
     * another organiser is another campaign. A revision that changes nothing emits nothing.
     *
     * @throws CampaignLockedException once the campaign has been launched (or cancelled)
     */
    List<CampaignEvent> revise(Plan plan, Details newDetails, Clock clock) {
        if (!phase.acceptsRevisions()) {
            throw new CampaignLockedException(id, phase, "its plan can no longer be replaced");
        }
        if (plan.organiserUnitCode() != null && !plan.organiserUnitCode().equals(organiserUnitCode)) {
            throw new RuleViolationException("A campaign keeps its organiser", List.of(new FieldError(
                    "organiserUnitCode", "must stay " + organiserUnitCode + "; another organiser drafts its own campaign")));
        }
        Plan valid = validPlan(id, new Plan(plan.title(), plan.theme(), plan.kind(), organiserUnitCode,
                plan.parentCampaignId(), plan.legalBasis(), plan.startDate(), plan.endDate(),
                plan.recipientUnitCodes()));
        Details validDetails = validDetails(valid, newDetails);
        if (valid.equals(plan()) && validDetails.equals(details)) {
            return List.of();
        }
        apply(valid, validDetails);
        return List.of(new CampaignUpdated(UUID.randomUUID(), clock.instant(), id.value(), nextVersion(), title,
                theme, kind.name(), organiserUnitCode.value(), parentValue(), legalBasis, startDate, endDate,
                recipientValues(), phase.name(), details.participants(), details.movements(), details.goals(),
                details.criteria(), details.awardForms(), details.milestones(), details.responsibilities(),
                details.registrationDeadline()));
    }

    /**
     * Adds a dated milestone, e.g. an anniversary announced after launch. The same milestone twice is
     * one milestone: nothing changes and nothing is emitted.
     */
    List<CampaignEvent> addMilestone(Milestone milestone, Clock clock) {
        if (!phase.acceptsAdditions()) {
            throw new CampaignLockedException(id, phase, "no milestone can be added");
        }
        Milestone valid = validMilestone("", milestone);
        List<FieldError> errors = new ArrayList<>();
        checkWithinPeriod("date", valid.date(), startDate, endDate, errors);
        throwIfAny("The milestone lies outside the campaign", errors);
        if (details.milestones().contains(valid)) {
            return List.of();
        }
        List<Milestone> milestones = new ArrayList<>(details.milestones());
        milestones.add(valid);
        details = details.withMilestones(byDate(milestones));
        return List.of(new CampaignMilestoneAdded(UUID.randomUUID(), clock.instant(), id.value(), nextVersion(),
                title, theme, kind.name(), organiserUnitCode.value(), parentValue(), legalBasis, startDate, endDate,
                recipientValues(), phase.name(), details.participants(), details.movements(), details.goals(),
                details.criteria(), details.awardForms(), details.milestones(), details.responsibilities(),
                details.registrationDeadline(), valid));
    }

    /** Adds a task for one unit; the same task twice is one task, as for milestones. */
    List<CampaignEvent> addResponsibility(Responsibility responsibility, Clock clock) {
        if (!phase.acceptsAdditions()) {
            throw new CampaignLockedException(id, phase, "no responsibility can be added");
        }
        Responsibility valid = validResponsibility("", responsibility);
        if (details.responsibilities().contains(valid)) {
            return List.of();
        }
        List<Responsibility> responsibilities = new ArrayList<>(details.responsibilities());
        responsibilities.add(valid);
        details = details.withResponsibilities(responsibilities);
        return List.of(new CampaignResponsibilityAdded(UUID.randomUUID(), clock.instant(), id.value(),
                nextVersion(), title, theme, kind.name(), organiserUnitCode.value(), parentValue(), legalBasis,
                startDate, endDate, recipientValues(), phase.name(), details.participants(), details.movements(),
                details.goals(), details.criteria(), details.awardForms(), details.milestones(),
                details.responsibilities(), details.registrationDeadline(), valid));
    }

    /** A move without a summary, as the fixed contract's {@code {to}}. */
    List<CampaignEvent> transitionTo(Phase to, Clock clock) {
        return transitionTo(to, null, clock);
    }

    /**
     * Moves the campaign to {@code to} if the phase machine allows it from where it stands. A summary
     * (the mid-term or final review's findings, or why it was cancelled) is kept with the move.
     *
     * @throws IllegalPhaseMoveException otherwise; the campaign is then unchanged
     */
    List<CampaignEvent> transitionTo(Phase to, String summary, Clock clock) {
        Objects.requireNonNull(to, "to");
        if (!phase.canMoveTo(to)) {
            throw new IllegalPhaseMoveException(id, phase, to);
        }
        String text = optionalText("summary", summary, MAX_LONG_TEXT_LENGTH);
        Phase from = phase;
        Instant at = clock.instant();
        phase = to;
        phaseHistory.add(new PhaseChange(from, to, at, text));
        return List.of(new CampaignPhaseChanged(UUID.randomUUID(), at, id.value(), nextVersion(), title, theme,
                organiserUnitCode.value(), recipientValues(), from.name(), to.name(), startDate, endDate, text,
                kind.name(), parentValue(), legalBasis, details.participants(), details.movements(),
                details.goals(), details.criteria(), details.awardForms(), details.milestones(),
                details.responsibilities(), details.registrationDeadline()));
    }

    /** Called by the repository once the state is stored at {@code storedVersion}. */
    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    /** The last day a unit may register: the registration deadline, or without one the campaign's end. */
    LocalDate lastDayToRegister() {
        return details.registrationDeadline() != null ? details.registrationDeadline() : endDate;
    }

    private CampaignCreated created() {
        return new CampaignCreated(UUID.randomUUID(), createdAt, id.value(), nextVersion(), title, theme, kind.name(),
                organiserUnitCode.value(), parentValue(), legalBasis, startDate, endDate, recipientValues(),
                phase.name(), details.participants(), details.movements(), details.goals(), details.criteria(),
                details.awardForms(), details.milestones(), details.responsibilities(),
                details.registrationDeadline());
    }

    /** The version the next write stores; events carry it so projections can drop stale ones. */
    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private String parentValue() {
        return parentCampaignId == null ? null : parentCampaignId.value();
    }

    private List<String> recipientValues() {
        return recipientUnitCodes.stream().map(UnitCode::value).toList();
    }

    // --- the rules of a plan ---

    private static Plan validPlan(CampaignId id, Plan plan) {
        String title = requiredText("title", plan.title(), MAX_TEXT_LENGTH);
        String theme = optionalText("theme", plan.theme(), MAX_TEXT_LENGTH);
        required("kind", plan.kind());
        required("organiserUnitCode", plan.organiserUnitCode());
        required("startDate", plan.startDate());
        required("endDate", plan.endDate());
        List<LegalBasis> legalBasis = validLegalBasis(plan.legalBasis());
        if (plan.endDate().isBefore(plan.startDate())) {
            throw new RuleViolationException("A campaign cannot end before it starts", List.of(new FieldError(
                    "endDate", "must be on or after startDate " + plan.startDate() + ", was " + plan.endDate())));
        }
        if (id.equals(plan.parentCampaignId())) {
            throw new InvalidInputException("parentCampaignId", "A campaign cannot implement itself");
        }
        List<UnitCode> recipients = plan.recipientUnitCodes() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(plan.recipientUnitCodes()));
        return new Plan(title, theme, plan.kind(), plan.organiserUnitCode(), plan.parentCampaignId(), legalBasis,
                plan.startDate(), plan.endDate(), recipients);
    }

    /**
     * Texts are trimmed and required, lists de-duplicated in their first order, milestones sorted by
     * date; dates that fall outside the period are reported all at once.
     */
    private static Details validDetails(Plan plan, Details given) {
        Details details = given == null ? Details.NONE : given;
        Participants participants = null;
        if (details.participants() != null) {
            String root = details.participants().rootUnitCode();
            if (root != null && !root.isBlank() && !isUnitCode(root)) {
                throw new InvalidInputException("participants.rootUnitCode", UnitCode.RULE);
            }
            participants = new Participants(root == null || root.isBlank() ? null : root,
                    texts("participants.groups", details.participants().groups(), MAX_TEXT_LENGTH));
        }
        List<AwardForm> awards = new ArrayList<>();
        for (int i = 0; i < details.awardForms().size(); i++) {
            AwardForm award = details.awardForms().get(i);
            String at = "awardForms[" + i + "]";
            if (award == null) {
                throw new InvalidInputException(at, "must not be null");
            }
            awards.add(new AwardForm(requiredText(at + ".name", award.name(), MAX_TEXT_LENGTH),
                    optionalText(at + ".grantedBy", award.grantedBy(), MAX_TEXT_LENGTH)));
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < details.milestones().size(); i++) {
            milestones.add(validMilestone("milestones[" + i + "].", details.milestones().get(i)));
        }
        List<Responsibility> responsibilities = new ArrayList<>();
        for (int i = 0; i < details.responsibilities().size(); i++) {
            responsibilities.add(validResponsibility("responsibilities[" + i + "].",
                    details.responsibilities().get(i)));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            checkWithinPeriod("milestones[" + i + "].date", milestones.get(i).date(), plan.startDate(),
                    plan.endDate(), errors);
        }
        if (details.registrationDeadline() != null) {
            checkWithinPeriod("registrationDeadline", details.registrationDeadline(), plan.startDate(),
                    plan.endDate(), errors);
        }
        throwIfAny("Dates of the plan lie outside the campaign's period", errors);
        return new Details(participants, texts("movements", details.movements(), MAX_TEXT_LENGTH),
                texts("goals", details.goals(), MAX_LONG_TEXT_LENGTH),
                texts("criteria", details.criteria(), MAX_LONG_TEXT_LENGTH),
                List.copyOf(new LinkedHashSet<>(awards)), byDate(new ArrayList<>(new LinkedHashSet<>(milestones))),
                List.copyOf(new LinkedHashSet<>(responsibilities)), details.registrationDeadline());
    }

    private static Milestone validMilestone(String prefix, Milestone milestone) {
        if (milestone == null) {
            throw new InvalidInputException(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                    "must not be null");
        }
        required(prefix + "date", milestone.date());
        return new Milestone(milestone.date(), requiredText(prefix + "title", milestone.title(), MAX_TEXT_LENGTH));
    }

    private static Responsibility validResponsibility(String prefix, Responsibility responsibility) {
        if (responsibility == null) {
            throw new InvalidInputException(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                    "must not be null");
        }
        if (!isUnitCode(responsibility.unitCode())) {
            throw new InvalidInputException(prefix + "unitCode", UnitCode.RULE);
        }
        return new Responsibility(responsibility.unitCode(),
                requiredText(prefix + "task", responsibility.task(), MAX_LONG_TEXT_LENGTH), responsibility.dueDate());
    }

    private static void checkWithinPeriod(String field, LocalDate date, LocalDate start, LocalDate end,
                                          List<FieldError> errors) {
        if (date.isBefore(start) || date.isAfter(end)) {
            errors.add(new FieldError(field, "must lie within the campaign, " + start + " to " + end + ", was " + date));
        }
    }

    private static void throwIfAny(String detail, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(detail, errors);
        }
    }

    private static List<Milestone> byDate(List<Milestone> milestones) {
        return milestones.stream().sorted(Comparator.comparing(Milestone::date)).toList();
    }

    private static List<String> texts(String field, List<String> given, int maxLength) {
        if (given == null) {
            return List.of();
        }
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            texts.add(requiredText(field + "[" + i + "]", given.get(i), maxLength));
        }
        return List.copyOf(texts);
    }

    private static boolean isUnitCode(String value) {
        try {
            return value != null && new UnitCode(value).value().equals(value);
        } catch (IllegalArgumentException notACode) {
            return false;
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
    }

    private static String requiredText(String field, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    private static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : requiredText(field, value, maxLength);
    }

    /** Each document cited must be identifiable: its number, date and issuer. */
    private static List<LegalBasis> validLegalBasis(List<LegalBasis> given) {
        if (given == null) {
            return List.of();
        }
        List<LegalBasis> valid = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            LegalBasis basis = given.get(i);
            String at = "legalBasis[" + i + "]";
            if (basis == null) {
                throw new InvalidInputException(at, "must not be null");
            }
            if (basis.date() == null) {
                throw new InvalidInputException(at + ".date", "must not be null");
            }
            valid.add(new LegalBasis(requiredText(at + ".number", basis.number(), MAX_TEXT_LENGTH), basis.date(),
                    requiredText(at + ".issuer", basis.issuer(), MAX_TEXT_LENGTH)));
        }
        return List.copyOf(valid);
    }

    CampaignId id() {
        return id;
    }

    Plan plan() {
        return new Plan(title, theme, kind, organiserUnitCode, parentCampaignId, legalBasis, startDate, endDate,
                recipientUnitCodes);
    }

    Details details() {
        return details;
    }

    Phase phase() {
        return phase;
    }

    List<PhaseChange> phaseHistory() {
        return List.copyOf(phaseHistory);
    }

    Instant createdAt() {
        return createdAt;
    }

    Long version() {
        return version;
    }

    /** What a campaign is about, as drafted: the fixed contract's part of the plan. */
    record Plan(String title, String theme, CampaignKind kind, UnitCode organiserUnitCode,
                CampaignId parentCampaignId, List<LegalBasis> legalBasis, LocalDate startDate, LocalDate endDate,
                List<UnitCode> recipientUnitCodes) {
    }

    /**
     * The rest of the plan (issue 11): participants, linked movements, goals, criteria, awards offered,
     * dated milestones, tasks per unit and the registration deadline. Lists are never null.
     */
    record Details(Participants participants, List<String> movements, List<String> goals, List<String> criteria,
                   List<AwardForm> awardForms, List<Milestone> milestones, List<Responsibility> responsibilities,
                   LocalDate registrationDeadline) {

        static final Details NONE = new Details(null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null);

        Details {
            movements = movements == null ? List.of() : List.copyOf(movements);
            goals = goals == null ? List.of() : List.copyOf(goals);
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
            awardForms = awardForms == null ? List.of() : List.copyOf(awardForms);
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
            responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
        }

        Details withMilestones(List<Milestone> newMilestones) {
            return new Details(participants, movements, goals, criteria, awardForms, newMilestones, responsibilities,
                    registrationDeadline);
        }

        Details withResponsibilities(List<Responsibility> newResponsibilities) {
            return new Details(participants, movements, goals, criteria, awardForms, milestones, newResponsibilities,
                    registrationDeadline);
        }
    }

    /** A drafted campaign with the event that announces it. */
    record Draft(Campaign campaign, List<CampaignEvent> events) {
    }
}
