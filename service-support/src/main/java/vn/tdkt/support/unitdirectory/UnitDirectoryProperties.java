package vn.tdkt.support.unitdirectory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param cacheTtl how long a unit read from the projection is remembered (default 5 s; 0: not at all). It bounds
 *                 how long another instance's applied unit event (a move, a merger) takes to be seen here; this
 *                 instance's own events take effect at once.
 */
@ConfigurationProperties("tdkt.unit-directory")
record UnitDirectoryProperties(Duration cacheTtl) {

    UnitDirectoryProperties {
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(5) : cacheTtl;
    }
}
