package vn.tdkt.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import vn.tdkt.localstack.Ports;

class DemoTokensTest {

    @Test
    void theChallengeIsS256OfTheVerifier() {
        // expected value computed independently: base64url(sha256(verifier)) without padding, by Python's hashlib
        assertThat(DemoTokens.challenge("dBjftJeZ4CVP-mJ92IggZGQZz1LKsYHlZfXB1gJY8W0"))
                .isEqualTo("nl8Etwpb2ll-vyUq3Zms8UG1vwp4LwrqQqD9O4MKxGU");
    }

    @Test
    void nothingListeningIsReportedAsAnUnavailableServer() {
        DemoTokens tokens = new DemoTokens(URI.create("http://127.0.0.1:" + Ports.free() + "/"));

        assertThat(tokens.issuer().toString()).doesNotEndWith("/");
        assertThatThrownBy(() -> tokens.accessToken("admin", "demo"))
                .isInstanceOf(AuthServerUnavailableException.class)
                .hasMessageContaining("no auth server answers at " + tokens.issuer());
    }
}
