package vn.tdkt.campaign.unit;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tdkt.support.security.UnitTree;

/** The unit hierarchy for authorization, straight from the registry this service owns. */
@Component
class RegistryUnitTree implements UnitTree {

    private final UnitRepository units;

    RegistryUnitTree(UnitRepository units) {
        this.units = units;
    }

    @Override
    public Optional<String> parentOf(String unitCode) {
        return units.parentOf(unitCode);
    }
}
