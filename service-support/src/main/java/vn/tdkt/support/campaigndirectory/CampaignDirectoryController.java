package vn.tdkt.support.campaigndirectory;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

/** Read side of the projection, so that anyone can see which campaigns this service knows and in which phase. */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignDirectoryController {

    private final CampaignDirectory directory;
    private final Authorizer authorizer;

    CampaignDirectoryController(CampaignDirectory directory, Authorizer authorizer) {
        this.directory = directory;
        this.authorizer = authorizer;
    }

    @GetMapping
    PageResponse<CampaignResponse> list(@RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        return directory.page(PageQuery.of(page, size)).map(CampaignResponse::of);
    }

    @GetMapping("/{id}")
    CampaignResponse get(@PathVariable String id) {
        authorizer.require(Action.READ_DIRECTORY, null);
        return directory.find(id).map(CampaignResponse::of)
                .orElseThrow(() -> new NotFoundException("Campaign " + id + " is not known here (yet)"));
    }

    record CampaignResponse(String id, String title, String organiserUnitCode, String parentCampaignId, String phase,
                            long version, Instant updatedAt) {

        static CampaignResponse of(DirectoryCampaign campaign) {
            return new CampaignResponse(campaign.id(), campaign.title(), campaign.organiserUnitCode(),
                    campaign.parentCampaignId(), campaign.phase(), campaign.version(), campaign.updatedAt());
        }
    }
}
