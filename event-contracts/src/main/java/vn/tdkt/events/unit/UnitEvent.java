package vn.tdkt.events.unit;

import java.time.LocalDate;
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

    /** {@link UnitStatus} name; {@code ACTIVE} for events written before the field existed. */
    String status();

    /** The unit this one was merged into; null unless {@code MERGED}. */
    String successorCode();

    /** The units merged into this one, oldest merger first; empty if none. */
    List<String> predecessorCodes();

    /** When the current status took effect (deactivation or merger date); null while never changed. */
    LocalDate statusEffectiveDate();

    /** The unit's emulation officer (cán bộ thi đua), if named. */
    UnitContact officer();

    /** The unit's leader (lãnh đạo), if named. */
    UnitContact leader();
}
