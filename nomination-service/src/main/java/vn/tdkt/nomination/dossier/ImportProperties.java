package vn.tdkt.nomination.dossier;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bulk import's settings ({@code tdkt.nomination-imports}).
 *
 * @param concurrency how many imports one instance runs at once (more wait their turn, heartbeat kept); default 2:
 *                    each already keeps a parser and a database writer busy
 * @param waiting     how many more may wait for their turn on one instance (each holds its spooled file on the
 *                    instance's disk); beyond that a new import is refused with 503; default 2
 * @param heartbeat   how often an instance says it is still at work on its jobs, and looks for stale ones;
 *                    default 10 seconds
 * @param staleAfter  a running job whose heartbeat is older than this is marked FAILED by whichever instance
 *                    looks (its instance stopped); default 2 minutes, many heartbeats
 */
@ConfigurationProperties("tdkt.nomination-imports")
record ImportProperties(Integer concurrency, Integer waiting, Duration heartbeat, Duration staleAfter) {

    ImportProperties {
        concurrency = concurrency == null ? 2 : concurrency;
        waiting = waiting == null ? 2 : waiting;
        heartbeat = heartbeat == null ? Duration.ofSeconds(10) : heartbeat;
        staleAfter = staleAfter == null ? Duration.ofMinutes(2) : staleAfter;
        if (concurrency < 1) {
            throw new IllegalArgumentException("tdkt.nomination-imports.concurrency must be at least 1");
        }
        if (waiting < 0) {
            throw new IllegalArgumentException("tdkt.nomination-imports.waiting must be 0 or more");
        }
        if (staleAfter.compareTo(heartbeat.multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("tdkt.nomination-imports.stale-after must be at least three heartbeats");
        }
    }
}
