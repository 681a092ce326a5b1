package vn.tdkt.campaign.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * An emulation campaign (phong trào thi đua) launched by an organiser unit, usually implementing a
 * higher campaign or directive (căn cứ), with a period and a distribution list (nơi nhận) of units
 * that are told of every move of its phase. Whether the units and the parent exist is checked by
 * the application service; this class keeps what holds within one campaign.
 */
final class Campaign {

    static final int MAX_TEXT_LENGTH = 500;

    private final CampaignId id;
    private final String title;
    private final String theme;
    private final CampaignKind kind;
    private final UnitCode organiserUnitCode;
    private final CampaignId parentCampaignId;
    private final List<LegalBasis> legalBasis;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final List<UnitCode> recipientUnitCodes;
    private final Instant createdAt;
    private final List<PhaseChange> phaseHistory;
    private Phase phase;
    /** The stored version this state was read at; {@code null} until first stored. */
    private Long version;

    private Campaign(CampaignId id, String title, String theme, CampaignKind kind, UnitCode organiserUnitCode,
                     CampaignId parentCampaignId, List<LegalBasis> legalBasis, LocalDate startDate,
                     LocalDate endDate, List<UnitCode> recipientUnitCodes, Instant createdAt, Phase phase,
                     List<PhaseChange> phaseHistory, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = title;
        this.theme = theme;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.organiserUnitCode = Objects.requireNonNull(organiserUnitCode, "organiserUnitCode");
        this.parentCampaignId = parentCampaignId;
        this.legalBasis = List.copyOf(legalBasis);
        this.startDate = startDate;
        this.endDate = endDate;
        this.recipientUnitCodes = List.copyOf(recipientUnitCodes);
        this.createdAt = createdAt;
        this.phase = phase;
        this.phaseHistory = new ArrayList<>(phaseHistory);
        this.version = version;
    }

    /** A new campaign in {@link Phase#DRAFT} and the event announcing it. */
    static Draft draft(CampaignId id, Plan plan, Clock clock) {
        String title = requiredText("title", plan.title());
        String theme = plan.theme() == null || plan.theme().isBlank() ? null : plan.theme().strip();
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
        Campaign campaign = new Campaign(id, title, theme, plan.kind(), plan.organiserUnitCode(),
                plan.parentCampaignId(), legalBasis, plan.startDate(), plan.endDate(), recipients,
                clock.instant(), Phase.DRAFT, List.of(), null);
        return new Draft(campaign, List.of(campaign.created()));
    }

    /** Rebuilds a campaign from storage; no rules are re-checked and no events are produced. */
    static Campaign restore(CampaignId id, Plan plan, Instant createdAt, Phase phase, List<PhaseChange> phaseHistory,
                            long version) {
        return new Campaign(id, plan.title(), plan.theme(), plan.kind(), plan.organiserUnitCode(),
                plan.parentCampaignId(), plan.legalBasis(), plan.startDate(), plan.endDate(),
                plan.recipientUnitCodes(), createdAt, phase, phaseHistory, version);
    }

    /**
     * Moves the campaign to {@code to} if the phase machine allows it from where it stands.
     *
     * @throws IllegalPhaseMoveException otherwise; the campaign is then unchanged
     */
    List<CampaignEvent> transitionTo(Phase to, Clock clock) {
        Objects.requireNonNull(to, "to");
        if (!phase.canMoveTo(to)) {
            throw new IllegalPhaseMoveException(id, phase, to);
        }
        Phase from = phase;
        Instant at = clock.instant();
        phase = to;
        phaseHistory.add(new PhaseChange(from, to, at));
        return List.of(new CampaignPhaseChanged(UUID.randomUUID(), at, id.value(), nextVersion(), title, theme,
                organiserUnitCode.value(), recipientValues(), from.name(), to.name(), startDate, endDate));
    }

    /** Called by the repository once the state is stored at {@code storedVersion}. */
    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    private CampaignCreated created() {
        return new CampaignCreated(UUID.randomUUID(), createdAt, id.value(), nextVersion(), title, theme, kind.name(),
                organiserUnitCode.value(), parentCampaignId == null ? null : parentCampaignId.value(), legalBasis,
                startDate, endDate, recipientValues(), phase.name());
    }

    /** The version the next write stores; events carry it so projections can drop stale ones. */
    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private List<String> recipientValues() {
        return recipientUnitCodes.stream().map(UnitCode::value).toList();
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
    }

    private static String requiredText(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return text;
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
            valid.add(new LegalBasis(requiredText(at + ".number", basis.number()), basis.date(),
                    requiredText(at + ".issuer", basis.issuer())));
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

    /** What a campaign is about, as drafted; it does not change with the phase. */
    record Plan(String title, String theme, CampaignKind kind, UnitCode organiserUnitCode,
                CampaignId parentCampaignId, List<LegalBasis> legalBasis, LocalDate startDate, LocalDate endDate,
                List<UnitCode> recipientUnitCodes) {
    }

    /** A drafted campaign with the event that announces it. */
    record Draft(Campaign campaign, List<CampaignEvent> events) {
    }
}
