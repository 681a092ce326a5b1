package vn.tdkt.events.congress;

import vn.tdkt.events.DomainEvent;

/**
 * Events of a delegate list (danh sách đại biểu) that a lower unit sends to an upper congress (topic
 * {@code tdkt.congress.events}, publisher delegate-service). {@code aggregateId} is the list's id,
 * {@code <congressId>:<unitCode>}, so one list's events stay in order. A family of its own beside the
 * congresses' events: a list is another aggregate with its own key space.
 */
public sealed interface DelegateListEvent extends DomainEvent permits DelegateListApproved, DelegateListReopened {

    /** The upper congress the list sends its delegates to. */
    String congressId();

    /** The lower unit whose list it is. */
    String unitCode();
}
