package vn.tdkt.support.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of a service's audit trail. {@code seq} numbers the records without gaps and is the
 * document id, so two instances can never both write record n; {@code hash} covers every other field
 * and {@code prevHash}, so changing, removing or reordering a record breaks the chain from there on.
 */
@Document(AuditRecord.COLLECTION)
public record AuditRecord(@Id long seq, Instant at, String actor, String actingUnit, List<String> roles,
                          String action, String method, String path, String target, Long versionBefore,
                          Long versionAfter, String outcome, int status, String traceId, String prevHash,
                          String hash) {

    public static final String COLLECTION = "audit_log";
    /** The {@code prevHash} of record 1. */
    public static final String GENESIS = "0".repeat(64);

    static AuditRecord chain(long seq, AuditEntry entry, String prevHash) {
        AuditRecord unsigned = new AuditRecord(seq, entry.at(), entry.actor(), entry.actingUnit(), entry.roles(),
                entry.action(), entry.method(), entry.path(), entry.target(), entry.versionBefore(),
                entry.versionAfter(), entry.outcome().name(), entry.status(), entry.traceId(), prevHash, null);
        return unsigned.withHash(unsigned.computeHash());
    }

    /**
     * SHA-256 over every field but the hash itself, in a fixed order. Each field is written with its
     * length first (and null as -1), so no text a caller puts in a target or path can make two
     * different records read alike, and null stays distinct from an empty value.
     */
    String computeHash() {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {seq, at, actor, actingUnit, roles == null ? null : String.join(",", roles),
                action, method, path, target, versionBefore, versionAfter, outcome, status, traceId, prevHash}) {
            String value = field == null ? null : field.toString();
            text.append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private AuditRecord withHash(String value) {
        return new AuditRecord(seq, at, actor, actingUnit, roles, action, method, path, target, versionBefore,
                versionAfter, outcome, status, traceId, prevHash, value);
    }
}
