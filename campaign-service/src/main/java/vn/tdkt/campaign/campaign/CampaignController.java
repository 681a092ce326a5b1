package vn.tdkt.campaign.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Phong trào thi đua – Campaigns", description = "Campaigns and the moves of their phase")
class CampaignController {

    private static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final CampaignService campaigns;
    private final Authorizer authorizer;

    CampaignController(CampaignService campaigns, Authorizer authorizer) {
        this.campaigns = campaigns;
        this.authorizer = authorizer;
    }

    /** The organiser must be the caller's unit or one below it. */
    @PostMapping
    @Operation(summary = "Tạo phong trào (dự thảo) – draft a campaign organised by the caller's unit")
    ResponseEntity<CampaignResponse> create(@Valid @RequestBody CreateCampaignRequest request) {
        Audit.command("campaign.create", "unit:" + request.organiserUnitCode());
        authorizer.require(Action.MANAGE_CAMPAIGNS, request.organiserUnitCode());
        Campaign campaign = campaigns.create(request.toPlan());
        Audit.command("campaign.create", "campaign:" + campaign.id().value());
        Audit.versions(null, campaign.version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(campaign.id().value()).toUri()).body(CampaignResponse.of(campaign));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem phong trào – one campaign")
    CampaignResponse get(@PathVariable String id) {
        authorizer.require(Action.READ_DIRECTORY, null);
        return CampaignResponse.of(campaigns.get(existingId(id)));
    }

    @GetMapping
    @Operation(summary = "Danh sách phong trào – campaigns, by organiser and/or phase")
    PageResponse<CampaignResponse> list(@RequestParam(required = false) String organiserUnitCode,
                                        @RequestParam(required = false) Phase phase,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        UnitCode organiser = organiserUnitCode == null ? null : UnitCode.parse("organiserUnitCode", organiserUnitCode);
        return campaigns.list(organiser, phase, PageQuery.of(page, size)).map(CampaignResponse::of);
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Chuyển giai đoạn – move the phase (launch, reviews, close, cancel)")
    CampaignResponse transition(@PathVariable String id, @Valid @RequestBody TransitionRequest request) {
        Audit.command("campaign.transition", "campaign:" + id);
        CampaignId campaignId = existingId(id);
        Campaign current = campaigns.get(campaignId);
        authorizer.require(Action.MANAGE_CAMPAIGNS, current.plan().organiserUnitCode().value());
        Campaign moved = campaigns.transition(campaignId, request.to());
        Audit.versions(current.version(), moved.version());
        return CampaignResponse.of(moved);
    }

    /** An id that is not a UUID can name no campaign: that is a 404, like any unknown id. */
    private static CampaignId existingId(String id) {
        CampaignId campaignId = CampaignId.orNull(id);
        if (campaignId == null) {
            throw new NotFoundException("No campaign " + id);
        }
        return campaignId;
    }

    record CreateCampaignRequest(
            @NotBlank @Size(max = Campaign.MAX_TEXT_LENGTH) String title,
            @Size(max = Campaign.MAX_TEXT_LENGTH) String theme,
            @NotNull CampaignKind kind,
            @NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String organiserUnitCode,
            @Pattern(regexp = UUID_PATTERN, message = "must be a campaign id (a UUID)") String parentCampaignId,
            List<@NotNull @Valid LegalBasisDto> legalBasis,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            List<@NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String> recipientUnitCodes) {

        Campaign.Plan toPlan() {
            return new Campaign.Plan(title, theme, kind, new UnitCode(organiserUnitCode),
                    parentCampaignId == null ? null : new CampaignId(parentCampaignId),
                    legalBasis == null ? List.of() : legalBasis.stream().map(LegalBasisDto::toLegalBasis).toList(),
                    startDate, endDate,
                    recipientUnitCodes == null ? List.of() : recipientUnitCodes.stream().map(UnitCode::new).toList());
        }
    }

    /** A document the campaign implements (căn cứ), e.g. {@code 1665/UBND-NC}, 2024-11-05, UBND tỉnh Lạng Sơn. */
    record LegalBasisDto(@NotBlank @Size(max = Campaign.MAX_TEXT_LENGTH) String number, @NotNull LocalDate date,
                         @NotBlank @Size(max = Campaign.MAX_TEXT_LENGTH) String issuer) {

        static LegalBasisDto of(LegalBasis basis) {
            return new LegalBasisDto(basis.number(), basis.date(), basis.issuer());
        }

        LegalBasis toLegalBasis() {
            return new LegalBasis(number, date, issuer);
        }
    }

    record TransitionRequest(@NotNull Phase to) {
    }

    record PhaseChangeDto(Phase from, Phase to, Instant at) {

        static PhaseChangeDto of(PhaseChange change) {
            return new PhaseChangeDto(change.from(), change.to(), change.at());
        }
    }

    record CampaignResponse(String id, Phase phase, String title, String theme, CampaignKind kind,
                            String organiserUnitCode, String parentCampaignId, List<LegalBasisDto> legalBasis,
                            LocalDate startDate, LocalDate endDate, List<String> recipientUnitCodes, long version,
                            Instant createdAt, List<PhaseChangeDto> phaseHistory) {

        static CampaignResponse of(Campaign campaign) {
            Campaign.Plan plan = campaign.plan();
            return new CampaignResponse(campaign.id().value(), campaign.phase(), plan.title(), plan.theme(),
                    plan.kind(), plan.organiserUnitCode().value(),
                    plan.parentCampaignId() == null ? null : plan.parentCampaignId().value(),
                    plan.legalBasis().stream().map(LegalBasisDto::of).toList(), plan.startDate(), plan.endDate(),
                    plan.recipientUnitCodes().stream().map(UnitCode::value).toList(), campaign.version(),
                    campaign.createdAt(), campaign.phaseHistory().stream().map(PhaseChangeDto::of).toList());
        }
    }
}
