package vn.tdkt.nomination.dossier;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A nomination's identity: a UUID, also the key of its events. */
record NominationId(String value) {

    NominationId {
        value = UUID.fromString(value).toString();
    }

    static NominationId newId() {
        return new NominationId(UUID.randomUUID().toString());
    }

    /** {@code null} when {@code value} is not a UUID, so that callers answer "no such nomination". */
    static NominationId orNull(String value) {
        try {
            return value == null ? null : new NominationId(value);
        } catch (IllegalArgumentException notUuid) {
            return null;
        }
    }

    /**
     * The id a dossier takes at the level above when it is forwarded: derived from the lower one, so a forward
     * interrupted between its two writes is completed, not duplicated, when it is asked again.
     */
    NominationId forwarded() {
        return new NominationId(UUID.nameUUIDFromBytes(("forwarded:" + value).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
