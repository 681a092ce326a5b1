package vn.tdkt.support.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param collections   the collections whose documents carry {@code pendingEvents}
 * @param pollInterval  how often the relay looks for pending events besides being nudged
 * @param leaseDuration how long one relay instance holds a collection before another may take it
 * @param sendTimeout   how long to wait for the broker's acknowledgement of a send
 * @param source        {@code ce_source}, e.g. {@code /campaign-service}; defaults to
 *                      {@code /${spring.application.name}}
 * @param maxEventBytes the largest event (payload and key) a command may write; default 900KB, safely below
 *                      Kafka's default 1 MB {@code max.message.bytes} and the producer's {@code max.request.size},
 *                      with room for the headers and the batch framing
 * @param batchSize     how many documents with pending events the relay reads at once; default 100
 */
@ConfigurationProperties("tdkt.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, Duration leaseDuration,
                               Duration sendTimeout, String source, DataSize maxEventBytes, Integer batchSize) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        leaseDuration = leaseDuration == null ? Duration.ofSeconds(30) : leaseDuration;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        maxEventBytes = maxEventBytes == null ? DataSize.ofKilobytes(900) : maxEventBytes;
        batchSize = batchSize == null || batchSize < 1 ? 100 : batchSize;
    }
}
