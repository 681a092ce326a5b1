package vn.tdkt.nomination.council;

import java.util.UUID;

/** A voting session's id: a random UUID, so ids say nothing about when or by whom a session was opened. */
record SessionId(String value) {

    static final String PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    static SessionId random() {
        return new SessionId(UUID.randomUUID().toString());
    }

    /** The id, or null if {@code text} cannot be one (then no session has it: a 404, not a 400). */
    static SessionId orNull(String text) {
        return text != null && text.matches(PATTERN) ? new SessionId(text) : null;
    }

    @Override
    public String toString() {
        return value;
    }
}
