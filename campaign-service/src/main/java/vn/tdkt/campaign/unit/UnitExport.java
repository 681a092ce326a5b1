package vn.tdkt.campaign.unit;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import vn.tdkt.support.problem.NotFoundException;

/** The rows of an export, read in batches so that a province is never held in memory at once. */
@Service
class UnitExport {

    private static final int BATCH = 500;

    private final UnitRepository units;

    UnitExport(UnitRepository units) {
        this.units = units;
    }

    /** Refuses an export of a unit that does not exist (404), before anything is written to the response. */
    void requireKnown(UnitCode root) {
        if (root != null && units.find(root).isEmpty()) {
            throw new NotFoundException("No unit " + root + " is registered");
        }
    }

    /** The active units of {@code root}'s subtree (all units without root), parents first, as CSV cells. */
    void forEachRow(UnitCode root, Consumer<List<String>> row) {
        units.forEachActiveInSubtree(root, BATCH, batch -> batch.forEach(unit -> row.accept(UnitCsv.write(unit))));
    }
}
