package vn.tdkt.campaign.bloc;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;

/**
 * Blocs follow mergers of their members (the 2025 reform merged communes that sat in one bloc): a bloc
 * still being set up takes the successor in the merged member's place. Called within the merger's
 * completion, so an interrupted merger's recovery calls again; a bloc already following changes no more.
 */
@Component
class BlocMergers implements UnitLookup.TreeListener {

    private final BlocService blocs;

    BlocMergers(BlocService blocs) {
        this.blocs = blocs;
    }

    @Override
    public void merged(List<UnitCode> predecessors, UnitCode successor, List<UnitCode> successorAncestors) {
        blocs.followMergers(predecessors, successor);
    }
}
