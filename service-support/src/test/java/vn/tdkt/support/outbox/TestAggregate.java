package vn.tdkt.support.outbox;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** An aggregate as services write it: state, @Version and the outbox array in one document. */
class TestAggregate {

    @Id
    String id;
    @Version
    Long version;
    String phase;
    List<PendingEvent> pendingEvents = new ArrayList<>();

    TestAggregate() {
    }

    TestAggregate(String id) {
        this.id = id;
    }
}
