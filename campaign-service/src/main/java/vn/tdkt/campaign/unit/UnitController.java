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
import vn.tdkt.support.problem.NotFoundException;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị – Units", description = "The organisation tree and the contacts told about campaigns")
class UnitController {

    private final UnitService units;

    UnitController(UnitService units) {
        this.units = units;
    }

    @PostMapping
    @Operation(summary = "Đăng ký đơn vị – register a unit")
    ResponseEntity<UnitResponse> register(@Valid @RequestBody RegisterUnitRequest request) {
        Unit unit = units.register(request.toCommand());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}")
                .buildAndExpand(unit.code().value()).toUri()).body(UnitResponse.of(unit));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Xem đơn vị – one unit")
    UnitResponse get(@PathVariable String code) {
        return UnitResponse.of(units.get(existingCode(code)));
    }

    @GetMapping
    @Operation(summary = "Danh sách đơn vị – all units, or the children of parentCode")
    List<UnitResponse> list(@RequestParam(required = false) String parentCode) {
        UnitCode parent = parentCode == null ? null : UnitCode.parse("parentCode", parentCode);
        return units.list(parent).stream().map(UnitResponse::of).toList();
    }

    @PutMapping("/{code}")
    @Operation(summary = "Cập nhật đơn vị – rename, staff count, contacts (emits UnitUpdated when changed)")
    UnitResponse update(@PathVariable String code, @Valid @RequestBody UpdateUnitRequest request) {
        return UnitResponse.of(units.update(existingCode(code), request.toCommand()));
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
    }
}
