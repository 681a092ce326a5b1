package vn.tdkt.campaign.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
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
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.security.PersonalData;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị – Units", description = "The organisation tree and the contacts told about campaigns")
class UnitController {

    private final UnitService units;
    private final Authorizer authorizer;

    UnitController(UnitService units, Authorizer authorizer) {
        this.units = units;
        this.authorizer = authorizer;
    }

    /** Under one's own unit or below it; a top-level unit only by a global role. */
    @PostMapping
    @Operation(summary = "Đăng ký đơn vị – register a unit under the caller's unit")
    ResponseEntity<UnitResponse> register(@Valid @RequestBody RegisterUnitRequest request) {
        Audit.command("unit.register", "unit:" + request.code());
        authorizer.require(Action.MANAGE_UNITS, request.parentCode());
        Unit unit = units.register(request.toCommand());
        Audit.versions(null, unit.version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}")
                .buildAndExpand(unit.code().value()).toUri()).body(view(unit, new ArrayList<>()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Xem đơn vị – one unit")
    UnitResponse get(@PathVariable String code) {
        authorizer.require(Action.READ_DIRECTORY, null);
        List<String> disclosed = new ArrayList<>();
        UnitResponse unit = view(units.get(existingCode(code)), disclosed);
        Audit.unitDataDisclosed("unit.read", disclosed);
        return unit;
    }

    @GetMapping
    @Operation(summary = "Danh sách đơn vị – all units, or the children of parentCode, by code, one page")
    PageResponse<UnitResponse> list(@RequestParam(required = false) String parentCode,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        UnitCode parent = parentCode == null ? null : UnitCode.parse("parentCode", parentCode);
        List<String> disclosed = new ArrayList<>();
        PageResponse<UnitResponse> listed = units.list(parent, PageQuery.of(page, size))
                .map(unit -> view(unit, disclosed));
        Audit.unitDataDisclosed("unit.list", disclosed);
        return listed;
    }

    @PutMapping("/{code}")
    @Operation(summary = "Cập nhật đơn vị – rename, staff count, contacts (emits UnitUpdated when changed)")
    UnitResponse update(@PathVariable String code, @Valid @RequestBody UpdateUnitRequest request) {
        Audit.command("unit.update", "unit:" + code);
        UnitCode unitCode = existingCode(code);
        authorizer.require(Action.MANAGE_UNITS, unitCode.value());
        long before = units.get(unitCode).version();
        Unit unit = units.update(unitCode, request.toCommand());
        Audit.versions(before, unit.version());
        return view(unit, new ArrayList<>());
    }

    /**
     * Contact emails are personal data: whole for those who may read them for this unit (noted in
     * {@code disclosed}, for the audit trail), masked for others.
     */
    private UnitResponse view(Unit unit, List<String> disclosed) {
        UnitResponse response = UnitResponse.of(unit);
        if (!authorizer.allows(Action.READ_PERSONAL_DATA, unit.code().value())) {
            return response.withContactEmails(PersonalData.maskEmails(response.contactEmails()));
        }
        if (!response.contactEmails().isEmpty()) {
            disclosed.add(unit.code().value());
        }
        return response;
    }

    /** A code that breaks the pattern can name no unit: that is a 404, like any unknown code. */
    private static UnitCode existingCode(String code) {
        if (!UnitCode.isValid(code)) {
            throw new NotFoundException("No unit " + code + " is registered");
        }
        return new UnitCode(code);
    }

    record RegisterUnitRequest(
            @NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String code,
            @NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name,
            @NotNull UnitLevel level,
            @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String parentCode,
            @PositiveOrZero Integer staffCount,
            List<@NotNull @Email(regexp = Unit.EMAIL_PATTERN) String> contactEmails) {

        UnitService.RegisterUnit toCommand() {
            return new UnitService.RegisterUnit(new UnitCode(code), name, level,
                    parentCode == null ? null : new UnitCode(parentCode), staffCount, contactEmails);
        }
    }

    record UpdateUnitRequest(
            @NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name,
            @PositiveOrZero Integer staffCount,
            // required: a PUT replaces, and an omitted list silently stopping all mail would be a trap
            @NotNull List<@NotNull @Email(regexp = Unit.EMAIL_PATTERN) String> contactEmails) {

        UnitService.UpdateUnit toCommand() {
            return new UnitService.UpdateUnit(name, staffCount, contactEmails);
        }
    }

    record UnitResponse(String code, String name, UnitLevel level, String parentCode, Integer staffCount,
                        List<String> contactEmails, long version, Instant registeredAt, Instant updatedAt) {

        static UnitResponse of(Unit unit) {
            return new UnitResponse(unit.code().value(), unit.name(), unit.level(),
                    unit.parentCode() == null ? null : unit.parentCode().value(), unit.staffCount(),
                    unit.contactEmails(), unit.version(), unit.registeredAt(), unit.updatedAt());
        }

        UnitResponse withContactEmails(List<String> emails) {
            return new UnitResponse(code, name, level, parentCode, staffCount, emails, version, registeredAt, updatedAt);
        }
    }
}
