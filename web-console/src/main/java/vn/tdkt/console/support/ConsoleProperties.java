package vn.tdkt.console.support;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url the address users open (TDKT_CONSOLE_URL): the issuer sends them back to it after signing
 *            in, so a request on another host name (127.0.0.1 for localhost) is redirected there first,
 *            or the session that started the sign-in would be on another cookie host
 */
@ConfigurationProperties("tdkt.console")
public record ConsoleProperties(@DefaultValue("http://localhost:8080") URI url) {

    public int port() {
        return url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    }
}
