package vn.tdkt.embeddedmongo.spring;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A lease document taken with findAndModify, as schedulers across replicas do. */
@Document("leases")
public record Lease(@Id String id, String owner, Instant until) {
}
