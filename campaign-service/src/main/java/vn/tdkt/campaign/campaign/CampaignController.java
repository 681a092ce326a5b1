package vn.tdkt.campaign.campaign;

import vn.tdkt.support.text.SearchTerms;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.AwardForm;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.campaign.Participants;
import vn.tdkt.events.campaign.Responsibility;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.web.ETags;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Phong trào thi đua – Campaigns", description = "Campaigns, their plans, phases and cascade")
class CampaignController {

    private static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final int MAX_QUERY_LENGTH = 200;

    private final CampaignService campaigns;
    private final Authorizer authorizer;

    CampaignController(CampaignService campaigns, Authorizer authorizer) {
        this.campaigns = campaigns;
        this.authorizer = authorizer;
    }

    /** The organiser must be the caller's unit or one below it. */
    @PostMapping
    @Operation(summary = "Tạo phong trào (dự thảo) – draft a campaign organised by the caller's unit")
    ResponseEntity<CampaignResponse> create(@Valid @RequestBody PlanRequest request) {
        Audit.command("campaign.create", "unit:" + request.organiserUnitCode());
        authorizer.require(Action.MANAGE_CAMPAIGNS, request.organiserUnitCode());
        Campaign campaign = campaigns.create(request.toPlan(), request.toDetails());
        Audit.command("campaign.create", "campaign:" + campaign.id().value());
        Audit.versions(null, campaign.version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                        .buildAndExpand(campaign.id().value()).toUri())
                .eTag(etag(campaign)).body(CampaignResponse.of(campaign));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem phong trào – one campaign (ETag: its version, for If-Match)")
    ResponseEntity<CampaignResponse> get(@PathVariable String id) {
        authorizer.require(Action.READ_DIRECTORY, null);
        Campaign campaign = campaigns.get(existingId(id));
        return ResponseEntity.ok().eTag(etag(campaign)).body(CampaignResponse.of(campaign));
    }

    /**
     * Campaigns are directory data (every signed-in role reads every campaign), so the filters are
     * the caller's choice alone. {@code organiserUnitCode} is the older name of {@code organiser}.
     */
    @GetMapping
    @Operation(summary = "Tìm phong trào – campaigns by organiser (and its subtree), year, phase, kind and words")
    PageResponse<CampaignResponse> list(@RequestParam(required = false) String organiser,
                                        @RequestParam(required = false) String organiserUnitCode,
                                        @RequestParam(required = false) Boolean subtree,
                                        @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) Phase phase,
                                        @RequestParam(required = false) CampaignKind kind,
                                        @RequestParam(required = false) String q,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        if (organiser != null && organiserUnitCode != null && !organiser.equals(organiserUnitCode)) {
            throw new InvalidInputException("organiser", "names another unit than organiserUnitCode; give one of them");
        }
        String code = organiser != null ? organiser : organiserUnitCode;
        UnitCode unit = code == null ? null
                : UnitCode.parse(organiser != null ? "organiser" : "organiserUnitCode", code);
        if (Boolean.TRUE.equals(subtree) && unit == null) {
            throw new InvalidInputException("subtree", "needs an organiser whose subtree to search");
        }
        if (year != null && (year < 1945 || year > 9999)) {
            throw new InvalidInputException("year", "must be a year from 1945 to 9999");
        }
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> terms = q == null ? List.of() : SearchTerms.of(List.of(q));
        return campaigns.search(new CampaignRepository.CampaignFilter(unit, Boolean.TRUE.equals(subtree), year, phase,
                kind, terms), PageQuery.of(page, size)).map(CampaignResponse::of);
    }

    /** Replaces the whole plan of a draft; {@code If-Match} must carry the version read. */
    @PutMapping("/{id}")
    @Operation(summary = "Sửa kế hoạch (dự thảo) – replace a draft's whole plan; If-Match required")
    ResponseEntity<CampaignResponse> revise(@PathVariable String id,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody PlanRequest request) {
        Audit.command("campaign.revise", "campaign:" + id);
        CampaignId campaignId = existingId(id);
        Campaign current = campaigns.get(campaignId);
        authorizer.require(Action.MANAGE_CAMPAIGNS, current.plan().organiserUnitCode().value());
        Long expected = version(ifMatch);
        if (expected == null) {
            throw new VersionRequiredException();
        }
        Campaign revised = campaigns.revise(campaignId, expected, request.toPlan(), request.toDetails());
        Audit.versions(current.version(), revised.version());
        return ResponseEntity.ok().eTag(etag(revised)).body(CampaignResponse.of(revised));
    }

    @PostMapping("/{id}/milestones")
    @Operation(summary = "Thêm mốc – add a dated milestone (also after launch); If-Match optional")
    ResponseEntity<CampaignResponse> addMilestone(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody MilestoneDto request) {
        Audit.command("campaign.milestone.add", "campaign:" + id);
        CampaignId campaignId = existingId(id);
        Campaign current = campaigns.get(campaignId);
        authorizer.require(Action.MANAGE_CAMPAIGNS, current.plan().organiserUnitCode().value());
        Campaign changed = campaigns.addMilestone(campaignId, version(ifMatch), request.toMilestone());
        Audit.versions(current.version(), changed.version());
        return ResponseEntity.ok().eTag(etag(changed)).body(CampaignResponse.of(changed));
    }

    @PostMapping("/{id}/responsibilities")
    @Operation(summary = "Thêm nhiệm vụ – add a task for one unit (also after launch); If-Match optional")
    ResponseEntity<CampaignResponse> addResponsibility(@PathVariable String id,
                                                       @RequestHeader(name = "If-Match", required = false)
                                                       String ifMatch,
                                                       @Valid @RequestBody ResponsibilityDto request) {
        Audit.command("campaign.responsibility.add", "campaign:" + id);
        CampaignId campaignId = existingId(id);
        Campaign current = campaigns.get(campaignId);
        authorizer.require(Action.MANAGE_CAMPAIGNS, current.plan().organiserUnitCode().value());
        Campaign changed = campaigns.addResponsibility(campaignId, version(ifMatch), request.toResponsibility());
        Audit.versions(current.version(), changed.version());
        return ResponseEntity.ok().eTag(etag(changed)).body(CampaignResponse.of(changed));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Chuyển giai đoạn – move the phase (launch, reviews with their summary, close, cancel)")
    CampaignResponse transition(@PathVariable String id, @Valid @RequestBody TransitionRequest request) {
        Audit.command("campaign.transition", "campaign:" + id);
        CampaignId campaignId = existingId(id);
        Campaign current = campaigns.get(campaignId);
        authorizer.require(Action.MANAGE_CAMPAIGNS, current.plan().organiserUnitCode().value());
        Campaign moved = campaigns.transition(campaignId, request.to(), request.summary());
        Audit.versions(current.version(), moved.version());
        return CampaignResponse.of(moved);
    }

    @GetMapping("/{id}/cascade")
    @Operation(summary = "Triển khai theo cấp – the campaigns implementing this one, and who has not launched its own")
    CascadeResponse cascade(@PathVariable String id) {
        authorizer.require(Action.READ_DIRECTORY, null);
        CampaignService.CascadeView view = campaigns.cascade(existingId(id));
        return new CascadeResponse(view.root(), view.implementingCampaigns(), view.truncated());
    }

    /** An id that is not a UUID can name no campaign: that is a 404, like any unknown id. */
    private static CampaignId existingId(String id) {
        CampaignId campaignId = CampaignId.orNull(id);
        if (campaignId == null) {
            throw new NotFoundException("No campaign " + id);
        }
        return campaignId;
    }

    private static String etag(Campaign campaign) {
        return ETags.of(campaign.version());
    }

    private static Long version(String ifMatch) {
        return ETags.ifMatchVersion(ifMatch, "the campaign's");
    }

    /** The whole plan: the fixed contract's fields, then what issue 11 added (all optional). */
    record PlanRequest(
            @NotBlank @Size(max = Campaign.MAX_TEXT_LENGTH) String title,
            @Size(max = Campaign.MAX_TEXT_LENGTH) String theme,
            @NotNull CampaignKind kind,
            @NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String organiserUnitCode,
            @Pattern(regexp = UUID_PATTERN, message = "must be a campaign id (a UUID)") String parentCampaignId,
            List<@NotNull @Valid LegalBasisDto> legalBasis,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            List<@NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String> recipientUnitCodes,
            @Valid ParticipantsDto participants,
            @Size(max = 100) List<@NotBlank @Size(max = Campaign.MAX_TEXT_LENGTH) String> movements,
            @Size(max = 100) List<@NotBlank @Size(max = Campaign.MAX_LONG_TEXT_LENGTH) String> goals,
            @Size(max = 200) List<@NotBlank @Size(max = Campaign.MAX_LONG_TEXT_LENGTH) String> criteria,
            @Size(max = 50) List<@NotNull @Valid AwardFormDto> awardForms,
            @Size(max = 200) List<@NotNull @Valid MilestoneDto> milestones,
            @Size(max = 500) List<@NotNull @Valid ResponsibilityDto> responsibilities,
            LocalDate registrationDeadline) {

        Campaign.Plan toPlan() {
            return new Campaign.Plan(title, theme, kind, new UnitCode(organiserUnitCode),
                    parentCampaignId == null ? null : new CampaignId(parentCampaignId),
                    legalBasis == null ? List.of() : legalBasis.stream().map(LegalBasisDto::toLegalBasis).toList(),
                    startDate, endDate,
                    recipientUnitCodes == null ? List.of() : recipientUnitCodes.stream().map(UnitCode::new).toList());
        }

        Campaign.Details toDetails() {
            return new Campaign.Details(participants == null ? null : participants.toParticipants(), movements,
                    goals, criteria,
                    awardForms == null ? List.of() : awardForms.stream().map(AwardFormDto::toAwardForm).toList(),
                    milestones == null ? List.of() : milestones.stream().map(MilestoneDto::toMilestone).toList(),
                    responsibilities == null ? List.of()
                            : responsibilities.stream().map(ResponsibilityDto::toResponsibility).toList(),
                    registrationDeadline);
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

    /** Đối tượng thi đua: the units under {@code rootUnitCode} and the kinds of people among them. */
    record ParticipantsDto(@Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String rootUnitCode,
                           @Size(max = 50) List<@NotBlank @Size(max = Campaign.MAX_TEXT_LENGTH) String> groups) {

        Participants toParticipants() {
            return new Participants(rootUnitCode, groups);
        }
    }

    record AwardFormDto(@NotBlank @Size(max = Campaign.MAX_TEXT_LENGTH) String name,
                        @Size(max = Campaign.MAX_TEXT_LENGTH) String grantedBy) {

        AwardForm toAwardForm() {
            return new AwardForm(name, grantedBy);
        }
    }

    record MilestoneDto(@NotNull LocalDate date, @NotBlank @Size(max = Campaign.MAX_TEXT_LENGTH) String title) {

        Milestone toMilestone() {
            return new Milestone(date, title);
        }
    }

    record ResponsibilityDto(@NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String unitCode,
                             @NotBlank @Size(max = Campaign.MAX_LONG_TEXT_LENGTH) String task,
                             LocalDate dueDate) {

        Responsibility toResponsibility() {
            return new Responsibility(unitCode, task, dueDate);
        }
    }

    /** {@code summary}: the review's findings (sơ kết, tổng kết), or why the campaign moves; optional. */
    record TransitionRequest(@NotNull Phase to, @Size(max = Campaign.MAX_LONG_TEXT_LENGTH) String summary) {
    }

    record PhaseChangeDto(Phase from, Phase to, Instant at, String summary) {

        static PhaseChangeDto of(PhaseChange change) {
            return new PhaseChangeDto(change.from(), change.to(), change.at(), change.summary());
        }
    }

    record CampaignResponse(String id, Phase phase, String title, String theme, CampaignKind kind,
                            String organiserUnitCode, String parentCampaignId, List<LegalBasisDto> legalBasis,
                            LocalDate startDate, LocalDate endDate, List<String> recipientUnitCodes, long version,
                            Instant createdAt, List<PhaseChangeDto> phaseHistory, Participants participants,
                            List<String> movements, List<String> goals, List<String> criteria,
                            List<AwardForm> awardForms, List<Milestone> milestones,
                            List<Responsibility> responsibilities, LocalDate registrationDeadline) {

        static CampaignResponse of(Campaign campaign) {
            Campaign.Plan plan = campaign.plan();
            Campaign.Details details = campaign.details();
            return new CampaignResponse(campaign.id().value(), campaign.phase(), plan.title(), plan.theme(),
                    plan.kind(), plan.organiserUnitCode().value(),
                    plan.parentCampaignId() == null ? null : plan.parentCampaignId().value(),
                    plan.legalBasis().stream().map(LegalBasisDto::of).toList(), plan.startDate(), plan.endDate(),
                    plan.recipientUnitCodes().stream().map(UnitCode::value).toList(), campaign.version(),
                    campaign.createdAt(), campaign.phaseHistory().stream().map(PhaseChangeDto::of).toList(),
                    details.participants(), details.movements(), details.goals(), details.criteria(),
                    details.awardForms(), details.milestones(), details.responsibilities(),
                    details.registrationDeadline());
        }
    }

    /**
     * The cascade under a campaign: {@code root} with, per campaign, its distribution list's state
     * ({@code recipients[{unitCode, launched, campaignId, phase, successorCode}]}) and {@code implementedBy}, the
     * campaigns implementing it; {@code truncated} when it was cut at {@value CampaignService#MAX_CASCADE}.
     */
    record CascadeResponse(Cascade.Node root, int implementingCampaigns, boolean truncated) {
    }
}
