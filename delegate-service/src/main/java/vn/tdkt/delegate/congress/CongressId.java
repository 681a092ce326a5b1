package vn.tdkt.delegate.congress;

import java.util.UUID;

/** A congress's identity: a UUID in its canonical string form, also the key of its events. */
record CongressId(String value) {

    CongressId {
        value = UUID.fromString(value).toString();
    }

    static CongressId newId() {
        return new CongressId(UUID.randomUUID().toString());
    }

    /** {@code null} when {@code value} is not a UUID, so that callers answer "no such congress". */
    static CongressId orNull(String value) {
        try {
            return value == null ? null : new CongressId(value);
        } catch (IllegalArgumentException notUuid) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
