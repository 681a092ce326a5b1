package vn.tdkt.events.nomination;

/**
 * Where a nomination dossier stands (#13): drafted by the nominating office, submitted to the addressed
 * unit's council, appraised (thẩm định) or returned for correction, approved or not by the council's
 * secret ballot, then decided within the unit's authority or forwarded to the level above.
 */
public enum NominationStatus {
    DRAFT, SUBMITTED, APPRAISED, RETURNED, APPROVED, NOT_APPROVED, DECIDED, FORWARDED
}
