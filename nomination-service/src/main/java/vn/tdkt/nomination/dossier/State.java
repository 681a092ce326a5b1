package vn.tdkt.nomination.dossier;

import java.util.List;

/**
 * Where a dossier stands, as types: each state offers exactly the moves the workflow allows from it, so an
 * illegal move cannot be written, only asked for (and refused with 409 by {@link Nomination}).
 * DRAFT → SUBMITTED → APPRAISED or RETURNED (edited, then submitted again) → APPROVED or NOT_APPROVED by the
 * council's vote → DECIDED within the addressed unit's authority, or FORWARDED to the level above.
 */
sealed interface State permits Editable, Submitted, Appraised, Approved, NotApproved, Decided, Forwarded {

    Status status();

    /** The moves from here, for a refusal that tells the client what it could do instead. */
    List<String> moves();

    static State of(Status status) {
        return switch (status) {
            case DRAFT -> new Draft();
            case SUBMITTED -> new Submitted();
            case APPRAISED -> new Appraised();
            case RETURNED -> new Returned();
            case APPROVED -> new Approved();
            case NOT_APPROVED -> new NotApproved();
            case DECIDED -> new Decided();
            case FORWARDED -> new Forwarded();
        };
    }
}

/** A dossier its nominating office may still change: a draft, or one returned for correction. */
sealed interface Editable extends State permits Draft, Returned {
    default Submitted submit() {
        return new Submitted();
    }
}

record Draft() implements Editable {
    public Status status() {
        return Status.DRAFT;
    }

    public List<String> moves() {
        return List.of("edit", "submit");
    }
}

record Returned() implements Editable {
    public Status status() {
        return Status.RETURNED;
    }

    public List<String> moves() {
        return List.of("edit", "submit");
    }
}

record Submitted() implements State {
    public Status status() {
        return Status.SUBMITTED;
    }

    public List<String> moves() {
        return List.of("appraisal", "return");
    }

    Appraised appraise() {
        return new Appraised();
    }

    Returned giveBack() {
        return new Returned();
    }
}

record Appraised() implements State {
    public Status status() {
        return Status.APPRAISED;
    }

    public List<String> moves() {
        return List.of("return", "council vote");
    }

    State voted(boolean approved) {
        return approved ? new Approved() : new NotApproved();
    }

    Returned giveBack() {
        return new Returned();
    }
}

record Approved() implements State {
    public Status status() {
        return Status.APPROVED;
    }

    public List<String> moves() {
        return List.of("decision (within the unit's authority)", "forward (beyond it)");
    }

    Decided decide() {
        return new Decided();
    }

    Forwarded forward() {
        return new Forwarded();
    }
}

record NotApproved() implements State {
    public Status status() {
        return Status.NOT_APPROVED;
    }

    public List<String> moves() {
        return List.of();
    }
}

record Decided() implements State {
    public Status status() {
        return Status.DECIDED;
    }

    public List<String> moves() {
        return List.of();
    }
}

record Forwarded() implements State {
    public Status status() {
        return Status.FORWARDED;
    }

    public List<String> moves() {
        return List.of();
    }
}
