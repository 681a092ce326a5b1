package vn.tdkt.campaign.unit;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.tdkt.events.unit.UnitEvent;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;

/** The unit registry's use cases: each loads, runs one command, stores state and events in one write. */
@Service
class UnitService implements UnitLookup {

    private final UnitRepository units;
    private final OutboxRelay relay;
    private final Clock clock;

    UnitService(UnitRepository units, OutboxRelay relay, Clock clock) {
        this.units = units;
        this.relay = relay;
        this.clock = clock;
    }

    Unit register(RegisterUnit command) {
        if (units.find(command.code()).isPresent()) {
            throw new ConflictException("Unit " + command.code() + " is already registered");
        }
        if (command.parentCode() != null && units.find(command.parentCode()).isEmpty()) {
            throw new RuleViolationException("The parent unit is not registered",
                    List.of(new FieldError("parentCode", "no unit " + command.parentCode() + " is registered")));
        }
        Unit.Registration registration = Unit.register(command.code(), command.name(), command.level(),
                command.parentCode(), command.staffCount(), command.contactEmails(), clock);
        units.insert(registration.unit(), registration.events());
        relay.nudge();
        return registration.unit();
    }

    Unit update(UnitCode code, UpdateUnit command) {
        Unit unit = get(code);
        List<UnitEvent> events = unit.update(command.name(), command.staffCount(), command.contactEmails(), clock);
        if (!events.isEmpty()) {
            units.update(unit, events);
            relay.nudge();
        }
        return unit;
    }

    Unit get(UnitCode code) {
        return units.find(code).orElseThrow(() -> new NotFoundException("No unit " + code + " is registered"));
    }

    PageResponse<Unit> list(UnitCode parentCode, PageQuery page) {
        return units.findAll(parentCode, page);
    }

    @Override
    public Set<UnitCode> unknown(Collection<UnitCode> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<UnitCode> existing = units.existing(Set.copyOf(codes));
        return codes.stream().filter(code -> !existing.contains(code))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    record RegisterUnit(UnitCode code, String name, UnitLevel level, UnitCode parentCode, Integer staffCount,
                        List<String> contactEmails) {
    }

    record UpdateUnit(String name, Integer staffCount, List<String> contactEmails) {
    }
}
