package vn.tdkt.nomination.exemplar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.outbox.PendingEvent;

/** A registration as stored ({@code _id} = {@code <unitCode>:<yyyy-MM>}), with its events until published. */
@Document(RegistrationDocument.COLLECTION)
record RegistrationDocument(@Id String id, String unitCode, String unitName, String month, LocalDate deadline,
                            List<ExemplarEntry> entries, String registeredBy, Instant registeredAt, String revisedBy,
                            Instant revisedAt, @Version Long version, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "exemplar_registrations";

    static RegistrationDocument of(Registration r, List<PendingEvent> events) {
        return new RegistrationDocument(r.id().value(), r.id().unitCode(), r.unitName(), r.id().month().toString(),
                r.deadline(), r.entries(), r.registeredBy(), r.registeredAt(), r.revisedBy(), r.revisedAt(),
                r.version(), events);
    }

    Registration registration() {
        return Registration.restore(new RegistrationId(unitCode, YearMonth.parse(month)), unitName, deadline, entries,
                registeredBy, registeredAt, revisedBy, revisedAt, version);
    }
}
