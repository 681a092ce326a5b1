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
import java.time.LocalDate;
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
import vn.tdkt.support.security.Actor;
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
     * Takes a unit out of use (status {@code INACTIVE}); it stays readable with its history. Decided above it:
     * by the officers of its parent's subtree, or an administrator for a top-level unit.
     */
    @PostMapping("/{code}/deactivation")
    @Operation(summary = "Ngừng hoạt động đơn vị – deactivate a unit that has no active units below it")
    UnitResponse deactivate(@PathVariable String code, @Valid @RequestBody(required = false) DeactivationRequest request) {
        Audit.command("unit.deactivate", "unit:" + code);
        UnitCode unitCode = existingCode(code);
        authorizer.require(Action.MANAGE_UNITS, units.decider(unitCode));
        long before = units.get(unitCode).version();
        Unit unit = units.deactivate(unitCode, request == null ? null : request.effectiveDate());
        Audit.versions(before, unit.version());
        return view(unit, new ArrayList<>());
    }

    /** Moves a unit under another parent: decided by whoever manages both the old place and the new. */
    @PostMapping("/{code}/moves")
    @Operation(summary = "Chuyển đơn vị – move a unit under another parent (never under itself or below it)")
    UnitResponse move(@PathVariable String code, @Valid @RequestBody MoveRequest request) {
        Audit.command("unit.move", "unit:" + code);
        UnitCode unitCode = existingCode(code);
        UnitCode newParent = new UnitCode(request.newParentCode());
        authorizer.requireAll(Action.MANAGE_UNITS, units.movers(unitCode, newParent));
        long before = units.get(unitCode).version();
        Unit unit = units.move(unitCode, newParent, request.effectiveDate());
        Audit.versions(before, unit.version());
        return view(unit, new ArrayList<>());
    }

    @GetMapping("/{code}/history")
    @Operation(summary = "Lịch sử đơn vị – a unit's changes (registered, renamed, moved, merged …), oldest first")
    PageResponse<HistoryResponse> history(@PathVariable String code, @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        PageQuery query = PageQuery.of(page, size);
        return units.history(existingCode(code), query).map(HistoryResponse::of);
    }

    /**
     * Merges units into a successor (sáp nhập). Decided by whoever manages every source's parent and the
     * successor's parent; refused with every reason when any rule is broken, changing nothing.
     */
    @PostMapping("/mergers")
    @Operation(summary = "Sáp nhập đơn vị – merge units into a new or kept successor")
    ResponseEntity<MergerResponse> merge(@Valid @RequestBody MergerRequest request) {
        Audit.command("unit.merge", "unit:" + request.successor().code());
        Merger merger = request.toMerger();
        Actor actor = authorizer.requireAll(Action.MANAGE_UNITS, units.mergerDeciders(merger));
        UnitService.MergerView merged = units.merge(merger, actor.username());
        Audit.versions(null, merged.successor() == null ? null : merged.successor().version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(merged.id()).toUri()).body(view(merged, new ArrayList<>()));
    }

    @GetMapping("/mergers/{id}")
    @Operation(summary = "Xem sáp nhập – one merger with its successor and sources as they are now")
    MergerResponse merger(@PathVariable String id) {
        authorizer.require(Action.READ_DIRECTORY, null);
        List<String> disclosed = new ArrayList<>();
        MergerResponse response = view(units.merger(id), disclosed);
        Audit.unitDataDisclosed("unit.merger.read", disclosed);
        return response;
    }

    private MergerResponse view(UnitService.MergerView merger, List<String> disclosed) {
        return new MergerResponse(merger.id(), merger.status(), merger.effectiveDate(),
                merger.successor() == null ? null : view(merger.successor(), disclosed),
                merger.sources().stream().map(unit -> view(unit, disclosed)).toList(), merger.movedCodes(),
                merger.recordedAt());
    }

    /**
     * Contact emails are personal data: whole for those who may read them for this unit (noted in
     * {@code disclosed}, for the audit trail), masked for others.
     */
    private UnitResponse view(Unit unit, List<String> disclosed) {
        UnitResponse response = UnitResponse.of(unit);
        if (!authorizer.allows(Action.READ_PERSONAL_DATA, unit.code().value())) {
            return response.masked();
        }
        if (response.holdsPersonalData()) {
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
            List<@NotNull @Email(regexp = Unit.EMAIL_PATTERN) String> contactEmails,
            @Valid ContactRequest officer,
            @Valid ContactRequest leader) {

        UnitService.RegisterUnit toCommand() {
            return new UnitService.RegisterUnit(new UnitCode(code), name, level,
                    parentCode == null ? null : new UnitCode(parentCode), staffCount, contactEmails,
                    ContactRequest.toContact("officer", officer), ContactRequest.toContact("leader", leader));
        }
    }

    /** The emulation officer or the leader of a unit; omitted in a PUT, it is cleared (a PUT replaces). */
    record ContactRequest(
            @NotBlank @Size(max = Contact.MAX_LENGTH) String name,
            @Size(max = Contact.MAX_LENGTH) String title,
            @Email(regexp = Unit.EMAIL_PATTERN) @Size(max = Contact.MAX_LENGTH) String email,
            @Pattern(regexp = Contact.PHONE_PATTERN, message = "must be a phone number: digits, spaces, + ( ) . -")
            String phone) {

        static Contact toContact(String field, ContactRequest request) {
            return request == null ? null : Contact.of(field, request.name(), request.title(), request.email(),
                    request.phone());
        }
    }

    record ContactView(String name, String title, String email, String phone) {

        static ContactView of(Contact contact) {
            return contact == null ? null : new ContactView(contact.name(), contact.title(), contact.email(),
                    contact.phone());
        }

        /** For readers outside the unit's subtree: the office is no secret, the ways to reach a person are. */
        ContactView masked() {
            return new ContactView(name, title, email == null ? null : PersonalData.maskEmail(email),
                    phone == null ? null : "***");
        }
    }

    record UpdateUnitRequest(
            @NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name,
            @PositiveOrZero Integer staffCount,
            // required: a PUT replaces, and an omitted list silently stopping all mail would be a trap
            @NotNull List<@NotNull @Email(regexp = Unit.EMAIL_PATTERN) String> contactEmails,
            @Valid ContactRequest officer,
            @Valid ContactRequest leader) {

        UnitService.UpdateUnit toCommand() {
            return new UnitService.UpdateUnit(name, staffCount, contactEmails,
                    ContactRequest.toContact("officer", officer), ContactRequest.toContact("leader", leader));
        }
    }

    record DeactivationRequest(LocalDate effectiveDate) {
    }

    record MoveRequest(@NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String newParentCode,
                       LocalDate effectiveDate) {
    }

    record MergerRequest(
            @NotNull LocalDate effectiveDate,
            @NotNull List<@NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String> sourceCodes,
            @NotNull @Valid SuccessorRequest successor) {

        Merger toMerger() {
            return new Merger(effectiveDate, sourceCodes.stream().map(UnitCode::new).toList(),
                    new Merger.Successor(new UnitCode(successor.code()), successor.name(), successor.level(),
                            successor.parentCode() == null ? null : new UnitCode(successor.parentCode()),
                            successor.staffCount(), successor.contactEmails()));
        }
    }

    /** The same fields as a registration: the successor is registered by the merger, or a kept source. */
    record SuccessorRequest(
            @NotNull @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String code,
            @NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name,
            @NotNull UnitLevel level,
            @Pattern(regexp = UnitCode.PATTERN, message = UnitCode.RULE) String parentCode,
            @PositiveOrZero Integer staffCount,
            List<@NotNull @Email(regexp = Unit.EMAIL_PATTERN) String> contactEmails) {
    }

    record MergerResponse(String id, String status, LocalDate effectiveDate, UnitResponse successor,
                          List<UnitResponse> sources, List<String> movedCodes, Instant recordedAt) {
    }

    record HistoryResponse(Instant at, LocalDate effectiveDate, HistoryEntry.Change change, String from, String to,
                           List<String> codes) {

        static HistoryResponse of(HistoryEntry entry) {
            return new HistoryResponse(entry.at(), entry.effectiveDate(), entry.change(), entry.from(), entry.to(),
                    entry.codes());
        }
    }

    record UnitResponse(String code, String name, UnitLevel level, String parentCode, Integer staffCount,
                        List<String> contactEmails, ContactView officer, ContactView leader, UnitStatus status,
                        String successorCode, List<String> predecessorCodes, LocalDate statusEffectiveDate,
                        long version, Instant registeredAt, Instant updatedAt) {

        static UnitResponse of(Unit unit) {
            return new UnitResponse(unit.code().value(), unit.name(), unit.level(),
                    unit.parentCode() == null ? null : unit.parentCode().value(), unit.staffCount(),
                    unit.contactEmails(), ContactView.of(unit.officer()), ContactView.of(unit.leader()),
                    unit.status(), unit.successorCode() == null ? null : unit.successorCode().value(),
                    unit.predecessorCodes().stream().map(UnitCode::value).toList(), unit.statusEffectiveDate(),
                    unit.version(), unit.registeredAt(), unit.updatedAt());
        }

        /** The personal data masked: contact e-mails, and the officer's and leader's e-mail and phone. */
        UnitResponse masked() {
            return new UnitResponse(code, name, level, parentCode, staffCount, PersonalData.maskEmails(contactEmails),
                    officer == null ? null : officer.masked(), leader == null ? null : leader.masked(), status,
                    successorCode, predecessorCodes, statusEffectiveDate, version, registeredAt, updatedAt);
        }

        boolean holdsPersonalData() {
            return !contactEmails.isEmpty() || officer != null || leader != null;
        }
    }
}
