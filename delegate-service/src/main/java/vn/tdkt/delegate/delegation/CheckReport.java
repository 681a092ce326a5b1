package vn.tdkt.delegate.delegation;

import java.util.List;

/** Every check of a list, passed or not: what {@code GET …/checks} shows and what approval goes by. */
record CheckReport(List<ListCheck> checks) {

    CheckReport {
        checks = List.copyOf(checks);
    }

    List<ListCheck> blocking() {
        return checks.stream().filter(c -> c.outcome() == ListCheck.Outcome.BLOCKING).toList();
    }

    List<ListCheck> warnings() {
        return checks.stream().filter(c -> c.outcome() == ListCheck.Outcome.WARNING).toList();
    }

    boolean approvable() {
        return blocking().isEmpty();
    }
}
