package vn.tdkt.nomination.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.tdkt.events.nomination.HonourConferred;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.honours.DecisionHonours.Conferral;

/**
 * A decision (quyết định khen thưởng) of a grantor unit conferring honours in bulk: its number (unique per
 * grantor unit), date, signer and the approved dossiers it decides. Its commands move it forward only
 * (RECORDING → CONFERRED → DECIDED) and return the events they cause.
 */
final class Decision {

    private final DecisionId id;
    private final String number;
    private final LocalDate date;
    private final Signer signer;
    private final String grantorUnitCode;
    private final String grantorLevel;
    private final List<DecisionSubjects.Subject> honours;
    private final String issuedBy;
    private final Instant issuedAt;
    private DecisionStatus status;
    private Long version;

    private Decision(DecisionId id, String number, LocalDate date, Signer signer, String grantorUnitCode,
                     String grantorLevel, List<DecisionSubjects.Subject> honours, String issuedBy, Instant issuedAt,
                     DecisionStatus status, Long version) {
        this.id = id;
        this.number = number;
        this.date = date;
        this.signer = signer;
        this.grantorUnitCode = grantorUnitCode;
        this.grantorLevel = grantorLevel;
        this.honours = List.copyOf(honours);
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.status = status;
        this.version = version;
    }

    /** A new decision over dossiers the port has approved for the grantor; nothing is conferred yet. */
    static Decision issue(DecisionId id, DecisionDraft draft, String grantorLevel,
                          List<DecisionSubjects.Subject> honours, String issuedBy, Instant now) {
        return new Decision(id, draft.number(), draft.date(), draft.signer(), draft.grantorUnitCode(), grantorLevel,
                honours, issuedBy, now, DecisionStatus.RECORDING, null);
    }

    static Decision restore(DecisionId id, String number, LocalDate date, Signer signer, String grantorUnitCode,
                            String grantorLevel, List<DecisionSubjects.Subject> honours, String issuedBy,
                            Instant issuedAt, DecisionStatus status, Long version) {
        return new Decision(id, number, date, signer, grantorUnitCode, grantorLevel, honours, issuedBy, issuedAt,
                status, version);
    }

    /** The number as compared for uniqueness: case, spacing and the dash variants do not make another number. */
    static String numberKey(String number) {
        return number.strip().replaceAll("\\s+", "").replace('–', '-').replace('—', '-').toUpperCase(Locale.ROOT);
    }

    /**
     * Its honours are in the history: one HonourConferred per honour, with the version the decision will have
     * once stored ({@code version + 1}).
     */
    List<HonourConferred> confer(Instant now) {
        require(DecisionStatus.RECORDING);
        status = DecisionStatus.CONFERRED;
        long next = version == null ? 0 : version + 1;
        return honours.stream().map(h -> new HonourConferred(UUID.randomUUID(), now, id.value(), next, number, date,
                grantorUnitCode, grantorLevel, h.nominationId(), h.recipientKind(), h.nomineeId(), h.nomineeName(),
                h.nomineeUnitCode(), h.nominatingUnitCode(), h.awardCode(), h.awardName(), h.year())).toList();
    }

    /** The version the store now holds, after a write. */
    void storedAs(long stored) {
        version = stored;
    }

    /** Every dossier is marked decided. */
    void close() {
        require(DecisionStatus.CONFERRED);
        status = DecisionStatus.DECIDED;
    }

    private void require(DecisionStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Decision " + id + " is " + status + ", not " + expected);
        }
    }

    /** Is {@code draft} this decision again (a retried request), rather than another one with its number? */
    boolean isRepeatedBy(DecisionDraft draft) {
        return numberKey(number).equals(numberKey(draft.number())) && date.equals(draft.date())
                && grantorUnitCode.equals(draft.grantorUnitCode()) && nominationIds().equals(draft.nominationIds());
    }

    /** The honours as the history records them. */
    List<Conferral> conferrals() {
        return honours.stream().map(h -> new Conferral(h.nomineeId(), RecipientKind.valueOf(h.recipientKind()),
                h.nomineeName(), h.nomineeUnitCode(), h.year(), h.awardCode(), h.awardName(), number, date)).toList();
    }

    List<String> nominationIds() {
        return honours.stream().map(DecisionSubjects.Subject::nominationId).toList();
    }

    DecisionId id() {
        return id;
    }

    String number() {
        return number;
    }

    LocalDate date() {
        return date;
    }

    Signer signer() {
        return signer;
    }

    String grantorUnitCode() {
        return grantorUnitCode;
    }

    String grantorLevel() {
        return grantorLevel;
    }

    List<DecisionSubjects.Subject> honours() {
        return honours;
    }

    String issuedBy() {
        return issuedBy;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    DecisionStatus status() {
        return status;
    }

    Long version() {
        return version;
    }
}
