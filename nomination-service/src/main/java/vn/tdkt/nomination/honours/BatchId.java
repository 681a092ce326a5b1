package vn.tdkt.nomination.honours;

import java.util.UUID;

/** A batch of history lines (one API call, one CSV import): a UUID. */
record BatchId(String value) {

    BatchId {
        value = UUID.fromString(value).toString();
    }

    static BatchId newId() {
        return new BatchId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
