package vn.tdkt.campaign.bloc;

import java.util.UUID;

/** A bloc year's identity: a UUID in its canonical string form, also the key of its events. */
record BlocId(String value) {

    BlocId {
        value = UUID.fromString(value).toString();
    }

    static BlocId newId() {
        return new BlocId(UUID.randomUUID().toString());
    }

    /** {@code null} when {@code value} is not a UUID, so that callers answer "no such bloc". */
    static BlocId orNull(String value) {
        try {
            return value == null ? null : new BlocId(value);
        } catch (IllegalArgumentException notUuid) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
