package vn.tdkt.support.campaigndirectory;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.problem.NotFoundException;

/** Read side of the projection, so that anyone can see which campaigns this service knows and in which phase. */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignDirectoryController {

    private final CampaignDirectory directory;

    CampaignDirectoryController(CampaignDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<CampaignResponse> list() {
        return directory.list().stream().map(CampaignResponse::of).toList();
    }

    @GetMapping("/{id}")
    CampaignResponse get(@PathVariable String id) {
        return directory.find(id).map(CampaignResponse::of)
                .orElseThrow(() -> new NotFoundException("Campaign " + id + " is not known here (yet)"));
    }

    record CampaignResponse(String id, String title, String organiserUnitCode, String phase, long version,
                            Instant updatedAt) {

        static CampaignResponse of(DirectoryCampaign campaign) {
            return new CampaignResponse(campaign.id(), campaign.title(), campaign.organiserUnitCode(),
                    campaign.phase(), campaign.version(), campaign.updatedAt());
        }
    }
}
