package vn.tdkt.embeddedmongo.spring;

import java.util.Date;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Expires through a TTL index one second after {@code createdAt}. */
@Document("tokens")
public record LoginToken(@Id String id, @Indexed(expireAfter = "1s") Date createdAt) {
}
