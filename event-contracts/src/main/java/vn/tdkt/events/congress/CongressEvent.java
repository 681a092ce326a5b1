package vn.tdkt.events.congress;

import java.util.List;
import vn.tdkt.events.DomainEvent;

/**
 * Events of emulation congresses (đại hội thi đua yêu nước; delegate-service, topic {@code tdkt.congress.events}).
 * {@code aggregateId} is the congress's id. Every event names the organiser, so that a consumer routes it
 * without a congress projection.
 */
public sealed interface CongressEvent extends DomainEvent
        permits CongressPlanned, CongressUpdated, CongressRescheduled, CongressDocumentReceived,
        CongressSeatsAllocated, CongressDocumentReminder {

    String organiserUnitCode();

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
