package vn.tdkt.events.nomination;

/** Who receives an award: a person or a collective (tập thể). */
public enum RecipientKind {
    INDIVIDUAL, COLLECTIVE
}
