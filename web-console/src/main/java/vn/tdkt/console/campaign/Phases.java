package vn.tdkt.console.campaign;

import java.util.List;
import java.util.Map;

/**
 * The moves of a campaign's phase machine (docs/rest-contract.md §2, transitions), to offer only the
 * buttons that can work; the service still decides, and a 409 names the moves it allows.
 */
final class Phases {

    static final Map<String, List<String>> NEXT = Map.of(
            "DRAFT", List.of("LAUNCHED", "CANCELLED"),
            "LAUNCHED", List.of("MIDTERM_REVIEW", "FINAL_REVIEW", "CANCELLED"),
            "MIDTERM_REVIEW", List.of("LAUNCHED", "FINAL_REVIEW"),
            "FINAL_REVIEW", List.of("CLOSED"));

    static final List<String> ALL = List.of("DRAFT", "LAUNCHED", "MIDTERM_REVIEW", "FINAL_REVIEW", "CLOSED", "CANCELLED");
    static final List<String> KINDS = List.of("REGULAR", "PERIODIC", "THEMATIC");

    private Phases() {
    }

    static List<String> next(String phase) {
        return NEXT.getOrDefault(phase, List.of());
    }
}
