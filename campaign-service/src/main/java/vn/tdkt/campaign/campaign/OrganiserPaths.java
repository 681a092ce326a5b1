package vn.tdkt.campaign.campaign;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;

/**
 * Keeps the campaigns' organiser paths true when units move or merge, so that a subtree search finds
 * older campaigns at the organiser's new place, and a merged organiser's campaigns under its successor.
 * Why repair the stored paths rather than resolve the subtree at query time: a subtree is then still one
 * indexed equality, where a resolved province would be an {@code $in} over tens of thousands of codes
 * on every search; moves and mergers are rare, searches are not.
 */
@Component
class OrganiserPaths implements UnitLookup.TreeListener {

    private final CampaignRepository campaigns;

    OrganiserPaths(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void moved(UnitCode unit, List<UnitCode> ancestors) {
        campaigns.refreshPaths(List.of(unit));
    }

    @Override
    public void merged(List<UnitCode> predecessors, UnitCode successor, List<UnitCode> successorAncestors) {
        List<UnitCode> changed = new ArrayList<>(predecessors);
        changed.add(successor);
        campaigns.refreshPaths(changed);
    }
}
