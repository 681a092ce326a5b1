package vn.tdkt.support.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody the largest request body any endpoint accepts (default 512 KB: a campaign with
 *                       hundreds of legal-basis entries is far below it; anything above is a mistake or an attack)
 * @param pathLimits     exceptions for endpoints that stream large bodies (a CSV import of a province's units),
 *                       each a path prefix with its own limit; the longest matching prefix wins
 */
@ConfigurationProperties("tdkt.web")
public record WebHardeningProperties(DataSize maxRequestBody, List<PathLimit> pathLimits) {

    public WebHardeningProperties {
        maxRequestBody = maxRequestBody == null ? DataSize.ofKilobytes(512) : maxRequestBody;
        pathLimits = pathLimits == null ? List.of() : List.copyOf(pathLimits);
    }

    /**
     * @param pathPrefix     e.g. {@code /api/v1/units/imports} (the request path, without the context path)
     * @param maxRequestBody the limit for requests under it
     */
    public record PathLimit(String pathPrefix, DataSize maxRequestBody) {

        public PathLimit {
            if (pathPrefix == null || !pathPrefix.startsWith("/") || maxRequestBody == null) {
                throw new IllegalArgumentException("tdkt.web.path-limits needs a path-prefix starting with '/' and a "
                        + "max-request-body: " + pathPrefix);
            }
        }
    }
}
