package vn.tdkt.delegate.delegation;

import java.math.BigDecimal;
import java.util.List;
import vn.tdkt.delegate.congress.DelegateAttribute;

/**
 * One finding of the live checks, with its figures: {@code count} of {@code total} ({@code percent}, one
 * decimal) against {@code required} (seats, or a policy's percentage). A duplicate names the delegate and every
 * other list that sends the same person.
 *
 * @param attribute  the composition target's group ({@link Code#COMPOSITION_TARGET} only)
 * @param delegateId the delegate concerned ({@link Code#DUPLICATE_PERSON} and {@link Code#POSSIBLE_NAMESAKE} only)
 * @param elsewhere  where else the same person (or the namesake) is sent (those two codes only)
 */
record ListCheck(Code code, Outcome outcome, String message, Integer count, Integer total, BigDecimal percent,
                 Integer required, DelegateAttribute attribute, String delegateId, List<Elsewhere> elsewhere) {

    ListCheck {
        elsewhere = elsewhere == null ? List.of() : List.copyOf(elsewhere);
    }

    enum Code {
        /** The list has no more delegates than the seats allocated to the unit. Blocks approval. */
        SEATS,
        /**
         * The same person is not sent twice: the same exemplary person, or the same name and birth year nobody has
         * confirmed to be two people. Blocks approval.
         */
        DUPLICATE_PERSON,
        /**
         * The same name and birth year as a delegate elsewhere, confirmed by a unit to be another person (with its
         * reason). Warns.
         */
        POSSIBLE_NAMESAKE,
        /** The exemplary share of the congress's policy (70 % by default). Warns. */
        EXEMPLARY_SHARE,
        /** A composition target (women, ethnic minorities, …). Warns. */
        COMPOSITION_TARGET
    }

    enum Outcome {
        PASSED,
        /** Approval is allowed; the warning is recorded in the approval's event. */
        WARNING,
        /** Approval is refused (422) while this stands. */
        BLOCKING
    }

    /**
     * Another list sending the same person: its congress and unit, its status, its delegate, and the relation that
     * makes it a duplicate ({@code SAME_LIST}, {@code SAME_CONGRESS} or {@code OTHER_CONGRESS_OF_THE_TREE}).
     */
    record Elsewhere(String congressId, String unitCode, ListStatus status, String delegateId, String relation) {
    }
}
