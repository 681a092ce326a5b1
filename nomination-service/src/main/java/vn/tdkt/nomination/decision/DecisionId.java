package vn.tdkt.nomination.decision;

import java.util.UUID;

/** A decision's id: a UUID, also the id of the honours batch it records. */
record DecisionId(String value) {

    DecisionId {
        value = UUID.fromString(value).toString();
    }

    static DecisionId newId() {
        return new DecisionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
