package vn.tdkt.events.campaign;

import java.util.List;

/**
 * Who takes part (đối tượng thi đua): the units under {@code rootUnitCode} (itself included) and the
 * kinds of people among them, as the plan names them, e.g. "cán bộ, công chức", "người lao động".
 */
public record Participants(String rootUnitCode, List<String> groups) {

    public Participants {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
