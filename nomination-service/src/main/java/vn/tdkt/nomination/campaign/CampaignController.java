package vn.tdkt.nomination.campaign;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.problem.NotFoundException;

/** Read side of the campaign projection. */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

    private final CampaignProjection campaigns;

    CampaignController(CampaignProjection campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    List<CampaignResponse> list() {
        return campaigns.list().stream().map(CampaignResponse::of).toList();
    }

    @GetMapping("/{id}")
    CampaignResponse get(@PathVariable String id) {
        return campaigns.find(id).map(CampaignResponse::of)
                .orElseThrow(() -> new NotFoundException("Campaign " + id + " is not known here (yet)"));
    }

    record CampaignResponse(String id, String title, String organiserUnitCode, String phase, long version,
                            Instant updatedAt) {

        static CampaignResponse of(CampaignView view) {
            return new CampaignResponse(view.id(), view.title(), view.organiserUnitCode(), view.phase(),
                    view.version(), view.updatedAt());
        }
    }
}
