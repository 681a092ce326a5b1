package vn.tdkt.campaign.unit;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** The rows of an export, read in batches so that a province is never held in memory at once. */
@Service
class UnitExport {

    private static final int BATCH = 500;

    private final UnitRepository units;

    UnitExport(UnitRepository units) {
        this.units = units;
    }

    /** The active units of {@code root}'s subtree (all units without root), parents first, as CSV cells. */
    void forEachRow(UnitCode root, Consumer<List<String>> row) {
        units.forEachActiveInSubtree(root, BATCH, batch -> batch.forEach(unit -> row.accept(UnitCsv.write(unit))));
    }
}
