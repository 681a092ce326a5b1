package vn.tdkt.events.bloc;

/**
 * The values of {@code award} in a published result's proposals: the bloc's emulation flag (Cờ thi đua)
 * or a certificate of merit (Bằng khen).
 */
public enum BlocAward {
    FLAG, COMMENDATION
}
