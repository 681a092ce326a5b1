package vn.tdkt.support.testing;

import java.util.Map;
import java.util.Optional;
import vn.tdkt.support.security.UnitTree;

/** The demo unit tree of {@link DemoUser} as a {@link UnitTree}, for slices that mock their storage. */
public final class DemoUnitTree implements UnitTree {

    public static final Map<String, String> PARENTS = Map.of("LS-CL", "LS", "LS-HL", "LS", "LS-STC", "LS",
            "LS-CL-NL", "LS-CL", "LS-CL-DM", "LS-CL");

    @Override
    public Optional<String> parentOf(String unitCode) {
        return Optional.ofNullable(PARENTS.get(unitCode));
    }
}
