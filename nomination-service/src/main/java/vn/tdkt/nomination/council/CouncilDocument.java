package vn.tdkt.nomination.council;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.outbox.PendingEvent;

/** A council as stored: one document per unit ({@code _id} = unit code), with its events until published. */
@Document(CouncilDocument.COLLECTION)
record CouncilDocument(@Id String id, String name, String chair, String secretary, List<String> members,
                       @Version Long version, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "councils";

    static CouncilDocument of(Council council, List<PendingEvent> events) {
        Council.Definition d = council.definition();
        return new CouncilDocument(council.unitCode(), d.name(), d.chair(), d.secretary(), d.members(),
                council.version(), events);
    }

    Council toCouncil() {
        return Council.restore(id, new Council.Definition(name, chair, secretary, members == null ? List.of() : members),
                version);
    }
}
