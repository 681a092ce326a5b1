package vn.tdkt.support.mongo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on every MongoDB connection of a service. The driver's own default read timeout is none at all:
 * a connection whose peer vanished without a reset (a half-open connection: a crashed host, a dropped
 * firewall state) then blocks its thread for ever, and with it the outbox relay or a delivery worker. The
 * fault-injection suite's half-open row found exactly that.
 *
 * @param connectTimeout how long opening a connection may take; default 5 s
 * @param readTimeout how long one answer may take before the connection is dropped and the operation fails
 *        (and is retried by its caller); default 30 s, well above any query of this platform
 */
@ConfigurationProperties("tdkt.mongodb")
record MongoTimeoutProperties(Duration connectTimeout, Duration readTimeout) {

    MongoTimeoutProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }
}
