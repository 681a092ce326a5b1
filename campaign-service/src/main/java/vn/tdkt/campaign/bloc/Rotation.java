package vn.tdkt.campaign.bloc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * Who leads the bloc (trưởng khối) and who deputises (phó khối) this year, and the order in which the
 * leadership passes round the members (luân phiên): next year's leader is the member after this
 * year's leader in {@code order}, and next year's deputy the one after that, so the order alone decides
 * every later year.
 */
record Rotation(List<UnitCode> order, UnitCode leader, UnitCode deputy) {

    Rotation {
        order = List.copyOf(order);
    }

    /**
     * The rotation of {@code members}: {@code order} must list every member once (default: the members'
     * order), leader and deputy must be two different members (default: the first in the order and the
     * member after it). Every broken rule is named at once.
     */
    static Rotation of(List<UnitCode> members, List<UnitCode> order, UnitCode leader, UnitCode deputy) {
        List<UnitCode> rotation = order == null || order.isEmpty() ? members : order;
        List<FieldError> errors = new ArrayList<>();
        if (order != null && !order.isEmpty()
                && (order.size() != members.size() || !new HashSet<>(order).equals(new HashSet<>(members)))) {
            errors.add(new FieldError("rotationOrder", "must list every member exactly once: " + members));
        }
        UnitCode chosenLeader = leader != null ? leader : rotation.getFirst();
        if (!members.contains(chosenLeader)) {
            errors.add(new FieldError("leaderUnitCode", chosenLeader + " is not a member of the bloc"));
        }
        UnitCode chosenDeputy = deputy != null ? deputy
                : errors.isEmpty() ? successor(rotation, chosenLeader) : null;
        if (chosenDeputy != null && !members.contains(chosenDeputy)) {
            errors.add(new FieldError("deputyUnitCode", chosenDeputy + " is not a member of the bloc"));
        }
        if (chosenLeader.equals(chosenDeputy)) {
            errors.add(new FieldError("deputyUnitCode", "the deputy must be another member than the leader "
                    + chosenLeader));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The bloc's leadership does not fit its members", errors);
        }
        return new Rotation(rotation, chosenLeader, chosenDeputy);
    }

    /** Next year's leadership: the member after this year's leader leads, the one after it deputises. */
    Rotation next() {
        UnitCode nextLeader = successor(order, leader);
        return new Rotation(order, nextLeader, successor(order, nextLeader));
    }

    private static UnitCode successor(List<UnitCode> order, UnitCode member) {
        return order.get((order.indexOf(member) + 1) % order.size());
    }
}
