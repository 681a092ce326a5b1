package vn.tdkt.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Remembering verified tokens: only accepted ones, never past their expiry or the time to live, bounded. */
class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

    /** A decoder that accepts the tokens it was given (each with its expiry) and counts its verifications. */
    private static final class CountingDecoder implements JwtDecoder {
        final Map<String, Instant> valid = new HashMap<>();
        int verifications;

        @Override
        public Jwt decode(String token) {
            verifications++;
            Instant expiresAt = valid.get(token);
            if (expiresAt == null) {
                throw new BadJwtException("bad signature");
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("thiduakt.chilang")
                    .issuedAt(T0.minusSeconds(1)).expiresAt(expiresAt).build();
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final CountingDecoder verifier = new CountingDecoder();
    private final MovableClock clock = new MovableClock();

    private VerifiedTokens tokens(Duration ttl, int maxEntries) {
        return new VerifiedTokens(verifier, ttl, maxEntries, clock);
    }

    @Test
    void aVerifiedTokenIsVerifiedOnceWithinItsTimeToLiveThenAgain() {
        verifier.valid.put("a", T0.plus(Duration.ofHours(1)));
        VerifiedTokens tokens = tokens(Duration.ofMinutes(2), 100);

        Jwt first = tokens.decode("a");
        clock.now = T0.plus(Duration.ofSeconds(119));
        assertThat(tokens.decode("a")).isSameAs(first);
        assertThat(verifier.verifications).isEqualTo(1);

        clock.now = T0.plus(Duration.ofMinutes(2));
        tokens.decode("a");
        assertThat(verifier.verifications).isEqualTo(2);
    }

    @Test
    void aTokenIsNeverRememberedPastItsExpiry() {
        verifier.valid.put("short", T0.plusSeconds(30));
        VerifiedTokens tokens = tokens(Duration.ofMinutes(2), 100);

        tokens.decode("short");
        clock.now = T0.plusSeconds(29);
        tokens.decode("short");
        assertThat(verifier.verifications).isEqualTo(1);

        clock.now = T0.plusSeconds(30);
        verifier.valid.remove("short"); // the decoder now refuses it (expired): so must the cache
        assertThatThrownBy(() -> tokens.decode("short")).isInstanceOf(BadJwtException.class);
        assertThat(verifier.verifications).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsNotRememberedAndIsCheckedEveryTime() {
        VerifiedTokens tokens = tokens(Duration.ofMinutes(2), 100);

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifier.verifications).isEqualTo(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void itHoldsAtMostItsSizeAndMakesRoomByDroppingExpiredTokens() {
        VerifiedTokens tokens = tokens(Duration.ofMinutes(2), 2);
        for (String t : new String[] {"a", "b", "c"}) {
            verifier.valid.put(t, T0.plus(Duration.ofHours(1)));
            tokens.decode(t);
        }
        assertThat(tokens.size()).isEqualTo(2);
        tokens.decode("c"); // not remembered: the cache was full of live tokens
        assertThat(verifier.verifications).isEqualTo(4);

        clock.now = T0.plus(Duration.ofMinutes(3)); // a and b have lived their time
        tokens.decode("c");
        assertThat(tokens.size()).isEqualTo(1);
        tokens.decode("c");
        assertThat(verifier.verifications).isEqualTo(5);
    }
}
