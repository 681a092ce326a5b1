package vn.tdkt.campaign.bloc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

/**
 * Emulation blocs. The organiser's officers and the council's standing office set a bloc up, open its
 * phases and publish its result ({@code MANAGE_BLOCS} on the organiser); a member's officer or leader
 * signs and scores for that member ({@code TAKE_PART_IN_BLOCS} on the member); everyone signed in reads
 * the blocs, and the published results.
 */
@RestController
@RequestMapping("/api/v1/blocs")
@Tag(name = "Khối thi đua – Emulation blocs", description = "Blocs per year: members, covenant, scoring, ranking, result")
class BlocController {

    private final BlocService blocs;
    private final Authorizer authorizer;

    BlocController(BlocService blocs, Authorizer authorizer) {
        this.blocs = blocs;
        this.authorizer = authorizer;
    }

    @PostMapping
    @Operation(summary = "Lập khối thi đua – draft a bloc year run by the caller's unit")
    ResponseEntity<BlocResponse> create(@Valid @RequestBody CreateBlocRequest request) {
        Audit.command("bloc.create", "unit:" + request.organiserUnitCode());
        authorizer.require(Action.MANAGE_BLOCS, request.organiserUnitCode());
        EmulationBloc bloc = blocs.create(request.toDefinition());
        Audit.command("bloc.create", "bloc:" + bloc.id().value());
        Audit.versions(null, bloc.version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(bloc.id().value()).toUri()).body(BlocResponse.of(bloc));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem khối thi đua – one bloc year")
    BlocResponse get(@PathVariable String id) {
        authorizer.require(Action.READ_DIRECTORY, null);
        return BlocResponse.of(blocs.get(existingId(id)));
    }

    @GetMapping
    @Operation(summary = "Danh sách khối thi đua – bloc years, by year, organiser and/or member; by year, name, id")
    PageResponse<BlocResponse> list(@RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) String organiserUnitCode,
                                    @RequestParam(required = false) String memberUnitCode,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        UnitCode organiser = organiserUnitCode == null ? null : UnitCode.parse("organiserUnitCode", organiserUnitCode);
        UnitCode member = memberUnitCode == null ? null : UnitCode.parse("memberUnitCode", memberUnitCode);
        return blocs.list(year, organiser, member, PageQuery.of(page, size)).map(BlocResponse::of);
    }

    /** The leadership passes on as the rotation order says; a bloc of that name and year already there is a 409. */
    @PostMapping("/{id}/next-year")
    @Operation(summary = "Khối năm sau – draft the same bloc for the next year, led as the rotation order says")
    ResponseEntity<BlocResponse> nextYear(@PathVariable String id) {
        Audit.command("bloc.next-year", "bloc:" + id);
        EmulationBloc current = managed(id);
        EmulationBloc next = blocs.nextYear(current.id());
        Audit.command("bloc.next-year", "bloc:" + next.id().value());
        Audit.versions(null, next.version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/blocs/{id}").buildAndExpand(next.id().value()).toUri()).body(BlocResponse.of(next));
    }

    @PutMapping("/{id}/members")
    @Operation(summary = "Thành viên khối – replace the members, rotation order, leader and deputy (while drafted)")
    BlocResponse members(@PathVariable String id, @Valid @RequestBody MembersRequest request) {
        Audit.command("bloc.members", "bloc:" + id);
        EmulationBloc current = managed(id);
        EmulationBloc changed = blocs.changeMembers(current.id(), units(request.memberUnitCodes()),
                units(request.rotationOrder()), unit(request.leaderUnitCode()), unit(request.deputyUnitCode()));
        Audit.versions(current.version(), changed.version());
        return BlocResponse.of(changed);
    }

    @PutMapping("/{id}/covenant")
    @Operation(summary = "Giao ước thi đua – replace the covenant's criteria (until every member has signed)")
    BlocResponse covenant(@PathVariable String id, @Valid @RequestBody CovenantRequest request) {
        Audit.command("bloc.covenant", "bloc:" + id);
        EmulationBloc current = managed(id);
        EmulationBloc changed = blocs.amendCovenant(current.id(), Covenant.of(CriterionDto.drafts(request.criteria())));
        Audit.versions(current.version(), changed.version());
        return BlocResponse.of(changed);
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Chuyển giai đoạn – open the covenant for signature, then open scoring")
    BlocResponse transition(@PathVariable String id, @Valid @RequestBody TransitionRequest request) {
        Audit.command("bloc.transition", "bloc:" + id);
        EmulationBloc current = managed(id);
        EmulationBloc moved = blocs.transition(current.id(), request.to());
        Audit.versions(current.version(), moved.version());
        return BlocResponse.of(moved);
    }

    @PostMapping("/{id}/signatures")
    @Operation(summary = "Ký giao ước – a member signs the covenant")
    BlocResponse sign(@PathVariable String id, @Valid @RequestBody SignRequest request) {
        Audit.command("bloc.sign", "bloc:" + id);
        BlocId blocId = existingId(id);
        authorizer.require(Action.TAKE_PART_IN_BLOCS, request.unitCode());
        EmulationBloc current = blocs.get(blocId);
        EmulationBloc signed = blocs.sign(blocId, new UnitCode(request.unitCode()));
        Audit.versions(current.version(), signed.version());
        return BlocResponse.of(signed);
    }

    @PostMapping("/{id}/scorecards")
    @Operation(summary = "Chấm điểm – a member scores itself or another member (again until scoring closes)")
    ScorecardResponse score(@PathVariable String id, @Valid @RequestBody ScorecardRequest request) {
        Audit.command("bloc.scorecard", "bloc:" + id);
        BlocId blocId = existingId(id);
        authorizer.require(Action.TAKE_PART_IN_BLOCS, request.scorerUnitCode());
        BlocService.Scored scored = blocs.submit(blocId, new UnitCode(request.scorerUnitCode()),
                new UnitCode(request.subjectUnitCode()), request.scores().stream().map(ScoreDto::toDraft).toList());
        Audit.versions(scored.versionBefore(), scored.versionAfter());
        return ScorecardResponse.of(scored.scorecard());
    }

    /** The organiser's side reads all; a member reads the scorecards it submitted. */
    @GetMapping("/{id}/scorecards")
    @Operation(summary = "Phiếu chấm – a bloc's scorecards, by scorer then subject")
    PageResponse<ScorecardResponse> scorecards(@PathVariable String id,
                                               @RequestParam(required = false) String scorerUnitCode,
                                               @RequestParam(required = false) String subjectUnitCode,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        EmulationBloc bloc = blocs.get(existingId(id));
        UnitCode scorer = scorerUnitCode == null ? null : UnitCode.parse("scorerUnitCode", scorerUnitCode);
        UnitCode subject = subjectUnitCode == null ? null : UnitCode.parse("subjectUnitCode", subjectUnitCode);
        if (scorer == null || authorizer.allows(Action.MANAGE_BLOCS, bloc.organiser().value())) {
            authorizer.require(Action.MANAGE_BLOCS, bloc.organiser().value());
        } else {
            authorizer.require(Action.TAKE_PART_IN_BLOCS, scorer.value());
        }
        return BlocService.scorecards(bloc, scorer, subject, PageQuery.of(page, size)).map(ScorecardResponse::of);
    }

    /** Before publication a preview for the organiser's side; afterwards the published result, for everyone. */
    @GetMapping("/{id}/ranking")
    @Operation(summary = "Xếp hạng – the ranking with its ties explained and the proposals it makes")
    RankingResponse ranking(@PathVariable String id) {
        EmulationBloc bloc = blocs.get(existingId(id));
        if (bloc.phase() == BlocPhase.RESULT_PUBLISHED) {
            authorizer.require(Action.READ_DIRECTORY, null);
        } else {
            authorizer.require(Action.MANAGE_BLOCS, bloc.organiser().value());
        }
        return RankingResponse.of(bloc);
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Công bố kết quả – close scoring, publish the ranking and propose the flag and commendations")
    RankingResponse publish(@PathVariable String id) {
        Audit.command("bloc.publish", "bloc:" + id);
        EmulationBloc current = managed(id);
        EmulationBloc published = blocs.publish(current.id());
        Audit.versions(current.version(), published.version());
        return RankingResponse.of(published);
    }

    /** The bloc, once the caller is known to manage it for its organiser. */
    private EmulationBloc managed(String id) {
        EmulationBloc bloc = blocs.get(existingId(id));
        authorizer.require(Action.MANAGE_BLOCS, bloc.organiser().value());
        return bloc;
    }

    /** An id that is not a UUID can name no bloc: that is a 404, like any unknown id. */
    private static BlocId existingId(String id) {
        BlocId blocId = BlocId.orNull(id);
        if (blocId == null) {
            throw new NotFoundException("No bloc " + id);
        }
        return blocId;
    }

    private static List<UnitCode> units(List<String> codes) {
        return codes == null ? null : codes.stream().map(UnitCode::new).toList();
    }

    private static UnitCode unit(String code) {
        return code == null ? null : new UnitCode(code);
    }

    record CreateBlocRequest(
            @NotBlank @Size(max = EmulationBloc.MAX_NAME_LENGTH) String name,
            @NotNull @Min(EmulationBloc.MIN_YEAR) @Max(EmulationBloc.MAX_YEAR) Integer year,
            @NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String organiserUnitCode,
            @NotNull @Size(min = EmulationBloc.MIN_MEMBERS, max = EmulationBloc.MAX_MEMBERS)
            List<@NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String> memberUnitCodes,
            @Size(max = EmulationBloc.MAX_MEMBERS)
            List<@NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String> rotationOrder,
            @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String leaderUnitCode,
            @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String deputyUnitCode,
            @Size(max = Covenant.MAX_CRITERIA) List<@NotNull @Valid CriterionDto> criteria,
            @Valid WeightsDto weights,
            @Valid AwardsDto awards) {

        EmulationBloc.Definition toDefinition() {
            return new EmulationBloc.Definition(name, year, new UnitCode(organiserUnitCode), units(memberUnitCodes),
                    units(rotationOrder), unit(leaderUnitCode), unit(deputyUnitCode),
                    Covenant.of(CriterionDto.drafts(criteria)), weights == null ? null : weights.toWeights(),
                    awards == null ? null : awards.toSlots());
        }
    }

    record MembersRequest(
            @NotNull @Size(min = EmulationBloc.MIN_MEMBERS, max = EmulationBloc.MAX_MEMBERS)
            List<@NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String> memberUnitCodes,
            @Size(max = EmulationBloc.MAX_MEMBERS)
            List<@NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String> rotationOrder,
            @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String leaderUnitCode,
            @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String deputyUnitCode) {
    }

    record CovenantRequest(@NotNull @Size(max = Covenant.MAX_CRITERIA) List<@NotNull @Valid CriterionDto> criteria) {
    }

    /** A criterion, e.g. {@code {"code":"1.1","title":"Hoàn thành dự toán thu ngân sách","group":"I. Nhiệm vụ chuyên môn","maxPoints":20}}. */
    record CriterionDto(@NotNull @Pattern(regexp = Covenant.CODE_PATTERN,
                                message = "must be 1–20 letters, digits, '.', '-' or '_'") String code,
                        @NotBlank @Size(max = Covenant.MAX_TEXT) String title,
                        @Size(max = Covenant.MAX_TEXT) String group,
                        @NotNull BigDecimal maxPoints) {

        static List<Covenant.Draft> drafts(List<CriterionDto> criteria) {
            return criteria == null ? null : criteria.stream()
                    .map(c -> new Covenant.Draft(c.code(), c.title(), c.group(), c.maxPoints())).toList();
        }

        static CriterionDto of(Criterion criterion) {
            return new CriterionDto(criterion.code(), criterion.title(), criterion.group(),
                    Points.decimal(criterion.maxPoints()));
        }
    }

    record WeightsDto(@NotNull @Min(0) @Max(Weights.MAX) Integer self, @NotNull @Min(0) @Max(Weights.MAX) Integer leader,
                      @NotNull @Min(0) @Max(Weights.MAX) Integer peer) {

        Weights toWeights() {
            return new Weights(self, leader, peer);
        }

        static WeightsDto of(Weights weights) {
            return new WeightsDto(weights.self(), weights.leader(), weights.peer());
        }
    }

    record AwardsDto(@NotNull @Min(0) @Max(10) Integer flagCount, @NotNull @Min(0) @Max(100) Integer commendationCount) {

        AwardSlots toSlots() {
            return new AwardSlots(flagCount, commendationCount);
        }
    }

    record TransitionRequest(@NotNull BlocPhase to) {
    }

    record SignRequest(@NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String unitCode) {
    }

    record ScorecardRequest(
            @NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String scorerUnitCode,
            @NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String subjectUnitCode,
            @NotNull @Size(min = 1, max = Covenant.MAX_CRITERIA) List<@NotNull @Valid ScoreDto> scores) {
    }

    record ScoreDto(@NotNull String criterion, @NotNull BigDecimal points) {

        EmulationBloc.ScoreDraft toDraft() {
            return new EmulationBloc.ScoreDraft(criterion, points);
        }
    }

    record SignatureDto(String unitCode, Instant signedAt) {
    }

    record PhaseChangeDto(BlocPhase from, BlocPhase to, Instant at) {
    }

    record BlocResponse(String id, String name, int year, String organiserUnitCode, BlocPhase phase,
                        List<String> memberUnitCodes, List<String> rotationOrder, String leaderUnitCode,
                        String deputyUnitCode, String nextYearLeaderUnitCode, String nextYearDeputyUnitCode,
                        List<CriterionDto> criteria, boolean covenantLocked, List<SignatureDto> signatures,
                        List<String> unsignedUnitCodes, WeightsDto weights, AwardsDto awards, int scorecardCount,
                        Instant publishedAt, long version, Instant createdAt, List<PhaseChangeDto> phaseHistory) {

        static BlocResponse of(EmulationBloc bloc) {
            EmulationBloc.State s = bloc.state();
            Rotation next = s.rotation().next();
            return new BlocResponse(s.id().value(), s.name(), s.year(), s.organiser().value(), s.phase(),
                    codes(s.members()), codes(s.rotation().order()), s.rotation().leader().value(),
                    s.rotation().deputy().value(), next.leader().value(), next.deputy().value(),
                    s.covenant().criteria().stream().map(CriterionDto::of).toList(), bloc.covenantLocked(),
                    s.signatures().stream().map(g -> new SignatureDto(g.unitCode().value(), g.signedAt())).toList(),
                    codes(bloc.unsigned()), WeightsDto.of(s.weights()),
                    new AwardsDto(s.awards().flagCount(), s.awards().commendationCount()), s.scorecards().size(),
                    s.result() == null ? null : s.result().publishedAt(), s.version(), s.createdAt(),
                    s.phaseHistory().stream().map(c -> new PhaseChangeDto(c.from(), c.to(), c.at())).toList());
        }

        private static List<String> codes(List<UnitCode> units) {
            return units.stream().map(UnitCode::value).toList();
        }
    }

    record ScoreView(String criterion, BigDecimal points) {
    }

    record ScorecardResponse(String scorerUnitCode, String subjectUnitCode, ScorecardKind kind, List<ScoreView> scores,
                             BigDecimal total, Instant submittedAt, int revision) {

        static ScorecardResponse of(Scorecard card) {
            return new ScorecardResponse(card.scorer().value(), card.subject().value(), card.kind(),
                    card.scores().stream().map(s -> new ScoreView(s.criterion(), Points.decimal(s.points()))).toList(),
                    Points.decimal(card.total()), card.submittedAt(), card.revision());
        }
    }

    record GroupScore(String group, BigDecimal score) {
    }

    record EntryView(Integer rank, String unitCode, BigDecimal total, BigDecimal selfTotal, BigDecimal leaderTotal,
                     BigDecimal peerMean, int peerScorecards, int criteriaAtMax, List<GroupScore> groupScores,
                     List<String> tiedWith, String explanation, List<String> missing) {
    }

    record ProposalView(String unitCode, Award award, int rank, boolean contested) {
    }

    record RankingResponse(String blocId, BlocPhase phase, boolean published, Instant publishedAt, WeightsDto weights,
                           List<EntryView> ranking, List<Ranking.Tie> ties, List<ProposalView> proposals) {

        static RankingResponse of(EmulationBloc bloc) {
            EmulationBloc.State s = bloc.state();
            Ranking.Result result = bloc.ranking();
            List<String> groups = s.covenant().groups();
            List<Proposals.Proposal> proposals = s.result() != null ? s.result().proposals()
                    : Proposals.propose(result.entries(), s.awards());
            return new RankingResponse(s.id().value(), s.phase(), s.result() != null,
                    s.result() == null ? null : s.result().publishedAt(), WeightsDto.of(s.weights()),
                    result.entries().stream().map(e -> new EntryView(e.rank(), e.unitCode(), Points.decimal(e.total()),
                            Points.decimal(e.selfTotal()), Points.decimal(e.leaderTotal()), Points.decimal(e.peerMean()),
                            e.peerScorecards(), e.criteriaAtMax(),
                            java.util.stream.IntStream.range(0, Math.min(groups.size(), e.groupScores().size()))
                                    .mapToObj(i -> new GroupScore(groups.get(i), Points.decimal(e.groupScores().get(i))))
                                    .toList(),
                            e.tiedWith(), e.explanation(), e.missing())).toList(),
                    result.ties(),
                    proposals.stream().map(p -> new ProposalView(p.unitCode(), p.award(), p.rank(), p.contested()))
                            .toList());
        }
    }
}
