package vn.tdkt.events.unit;

import java.util.List;
import vn.tdkt.events.DomainEvent;

/**
 * Events of the unit registry (campaign-service). Each carries the unit's whole current state, so a
 * projection only has to keep the newest version it has seen.
 */
public sealed interface UnitEvent extends DomainEvent permits UnitRegistered, UnitUpdated {

    String code();

    String name();

    String level();

    String parentCode();

    Integer staffCount();

    List<String> contactEmails();
}
