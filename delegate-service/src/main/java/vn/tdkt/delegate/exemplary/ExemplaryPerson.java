package vn.tdkt.delegate.exemplary;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One exemplary person or collective as delegate-service knows it, from nomination-service's events: an
 * honour a decision conferred ({@code source} DECISION, {@code _id} {@code honour:<decisionId>:<nominationId>})
 * or an office's monthly exemplar registration ({@code source} REGISTER, {@code _id}
 * {@code register:<unitCode>:<yyyy-MM>:<n>}). {@code unitCode} is the unit they belong to (the nominee's unit,
 * or the registering office), which the subtree of a reader is matched against.
 */
@Document(ExemplaryPerson.COLLECTION)
record ExemplaryPerson(@Id String id, String source, String unitCode, String recipientKind, String nomineeId,
                       String name, String position, String achievement, String field, String awardCode,
                       Integer year, String month, String reference, LocalDate decisionDate,
                       String registrationId, Long registrationVersion, Instant recordedAt) {

    static final String COLLECTION = "exemplary_people";
    static final String DECISION = "DECISION";
    static final String REGISTER = "REGISTER";
}
