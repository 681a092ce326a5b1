package vn.tdkt.events.nomination;

/** The scope an initiative council recognised: grassroots, ministry/province, or nationwide. */
public enum InitiativeScope {
    CO_SO, BO_TINH, TOAN_QUOC
}
