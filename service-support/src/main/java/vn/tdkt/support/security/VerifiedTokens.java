package vn.tdkt.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that remembers, briefly, the tokens the wrapped decoder verified, keyed by the token's
 * exact text. A client sends the same token with every request until it expires, and checking its RSA signature
 * and claims again each time was a large part of a small command's CPU.
 *
 * <p>What is remembered is only ever a token the wrapped decoder accepted (signature, issuer, audience, times);
 * a refused token is refused again by the wrapped decoder next time. An entry lasts {@code ttl} at most and never
 * past the token's own {@code exp} (the decoder itself allows some clock skew beyond it; after {@code exp} the
 * decision goes back to it). So a key withdrawn from the issuer's key set stops tokens signed with it within
 * {@code ttl}. At most {@code maxEntries} tokens are held: expired ones are swept when it is full, and a full cache
 * of live tokens makes newcomers be verified every time rather than grow.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final Duration SWEEP_PAUSE = Duration.ofSeconds(1);

    private record Verified(Jwt jwt, Instant until) {
    }

    private final JwtDecoder verifier;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;

    VerifiedTokens(JwtDecoder verifier, Duration ttl, int maxEntries, Clock clock) {
        if (ttl.isNegative() || ttl.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("a positive time to live and size are required");
        }
        this.verifier = verifier;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified known = token == null ? null : verified.get(token);
        if (known != null) {
            if (now.isBefore(known.until())) {
                return known.jwt();
            }
            verified.remove(token, known);
        }
        Jwt jwt = verifier.decode(token); // throws for anything not acceptable: nothing is remembered then
        Instant until = now.plus(ttl);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (now.isBefore(until)) {
            remember(token, new Verified(jwt, until), now);
        }
        return jwt;
    }

    private void remember(String token, Verified entry, Instant now) {
        if (verified.size() >= maxEntries) {
            // A sweep walks the whole map; at most once a second, so a cache full of live tokens stays cheap.
            if (now.isBefore(nextSweep)) {
                return;
            }
            nextSweep = now.plus(SWEEP_PAUSE);
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= maxEntries) {
                return;
            }
        }
        verified.put(token, entry);
    }

    /** How many tokens are remembered now (for tests). */
    int size() {
        return verified.size();
    }
}
