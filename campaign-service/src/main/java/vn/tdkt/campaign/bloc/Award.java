package vn.tdkt.campaign.bloc;

/** What a bloc proposes its best members for: its emulation flag (Cờ thi đua), or a Bằng khen. */
enum Award {
    FLAG, COMMENDATION
}
