package vn.tdkt.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody the largest request body any endpoint accepts (default 512 KB: a campaign with
 *                       hundreds of legal-basis entries is far below it; anything above is a mistake or an attack)
 */
@ConfigurationProperties("tdkt.web")
public record WebHardeningProperties(DataSize maxRequestBody) {

    public WebHardeningProperties {
        maxRequestBody = maxRequestBody == null ? DataSize.ofKilobytes(512) : maxRequestBody;
    }
}
