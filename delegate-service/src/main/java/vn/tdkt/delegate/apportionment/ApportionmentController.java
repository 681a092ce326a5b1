package vn.tdkt.delegate.apportionment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

@RestController
@RequestMapping("/api/v1/apportionments")
@Tag(name = "Phân bổ đại biểu – Seat apportionment", description = "Seats among units by weight, stateless")
class ApportionmentController {

    private final Authorizer authorizer;

    ApportionmentController(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    /** A calculation on what the caller sends: it reads and stores nothing, so it concerns no unit. */
    @PostMapping
    @Operation(summary = "Phân bổ số đại biểu – apportion seats among units by weight, with the reason for each")
    ApportionmentResponse apportion(@RequestBody ApportionmentRequest request) {
        Audit.command("apportionment.calculate", null);
        authorizer.require(Action.APPORTION, null);
        return ApportionmentResponse.of(Apportioner.apportion(ApportionmentRules.checked(request)));
    }

    /**
     * {@code quota} is exact, as a fraction in lowest terms ("1000/3", or "7" when whole); {@code quotaDecimal}
     * is the same rounded to 6 decimals, for reading.
     */
    record AllocationResponse(String code, String quota, BigDecimal quotaDecimal, long seats, String explanation) {
    }

    record ApportionmentResponse(Method method, long seats, String divisor, List<AllocationResponse> allocations,
                                 List<Warning> warnings) {

        static ApportionmentResponse of(ApportionmentResult result) {
            return new ApportionmentResponse(result.method(), result.seats(), result.divisor(),
                    result.allocations().stream().map(a -> new AllocationResponse(a.code(), a.quota().toString(),
                            a.quota().toDecimal(6), a.seats(), a.explanation())).toList(),
                    result.warnings());
        }
    }
}
