package vn.tdkt.events.campaign;

import java.time.LocalDate;

/** A document a campaign implements (căn cứ): its number, date and issuer. */
public record LegalBasis(String number, LocalDate date, String issuer) {
}
