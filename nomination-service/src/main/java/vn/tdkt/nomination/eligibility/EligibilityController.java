package vn.tdkt.nomination.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

@RestController
@RequestMapping("/api/v1/eligibility-checks")
@Tag(name = "Xét điều kiện – Eligibility", description = "Criterion by criterion, with the article behind each")
class EligibilityController {

    static final String ID_PATTERN = "^[A-Za-z0-9._-]{1,64}$";

    private final EligibilityService eligibility;
    private final Authorizer authorizer;

    EligibilityController(EligibilityService eligibility, Authorizer authorizer) {
        this.eligibility = eligibility;
        this.authorizer = authorizer;
    }

    /**
     * On facts sent inline, any officer may ask (nothing stored is read). With {@code nomineeId}, the
     * nominee's record is personal data of their unit: only that unit's subtree may ask, and the read is audited.
     */
    @PostMapping
    @Operation(summary = "Xét điều kiện – is this nominee eligible for this award on this decision date, and why")
    EligibilityResponse check(@Valid @RequestBody EligibilityCheckRequest request) {
        if (request.nomineeId() == null) {
            authorizer.require(Action.CHECK_ELIGIBILITY, null);
        } else {
            String unit = eligibility.unitOf(request.nomineeId()).orElseThrow(() -> new RuleViolationException(
                    "Nothing is recorded of " + request.nomineeId(), List.of(new FieldError("nomineeId",
                            "no honours or initiatives are recorded for '" + request.nomineeId() + "'"))));
            authorizer.require(Action.CHECK_ELIGIBILITY, unit);
            Audit.personalDataRead("eligibility.check", "nominee:" + request.nomineeId());
        }
        return EligibilityResponse.of(eligibility.check(new EligibilityService.Question(request.award(),
                request.decisionDate(), request.rulePack(), request.nomineeId(), request.nominee(),
                request.councilVote())));
    }

    /**
     * The fixed request of #12, plus {@code rulePack} (optional: a pack by id instead of the one the date
     * selects) and {@code nomineeId} (read the nominee's recorded history).
     */
    record EligibilityCheckRequest(@NotBlank @Size(max = 200) String award, @NotNull LocalDate decisionDate,
                                   @Size(max = 64) String rulePack,
                                   @Pattern(regexp = ID_PATTERN, message = "must be 1–64 letters, digits, '.', '_' or '-'")
                                   String nomineeId,
                                   Facts.Nominee nominee, Facts.CouncilVote councilVote) {
    }

    record PackRef(String id, LocalDate effectiveFrom, LocalDate effectiveTo, String name, String jurisdiction) {
    }

    record EligibilityResponse(String award, String awardName, Verdict verdict, PackRef rulePack,
                               List<CriterionResult> criteria) {

        static EligibilityResponse of(Explanation e) {
            return new EligibilityResponse(e.award().code(), e.award().name(), e.verdict(),
                    new PackRef(e.rulePack().id(), e.rulePack().effectiveFrom(), e.rulePack().effectiveTo(),
                            e.rulePack().name(), e.rulePack().jurisdiction()), e.criteria());
        }
    }
}
