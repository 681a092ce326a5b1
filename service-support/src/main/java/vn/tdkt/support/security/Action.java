package vn.tdkt.support.security;

/**
 * What a caller may ask a service to do. Each later feature adds its actions here and a row in
 * {@link AccessPolicy}, so the whole permission model stays in one table.
 */
public enum Action {
    /** Read units and campaigns without personal data (codes, names, phases). */
    READ_DIRECTORY,
    /** Read personal data: contact emails, recipients of deliveries. */
    READ_PERSONAL_DATA,
    /** Register and update units under one's own unit. */
    MANAGE_UNITS,
    /** Draft campaigns and move their phases, as organiser. */
    MANAGE_CAMPAIGNS,
    /** Set up emulation blocs and their covenants, open their phases, read their scorecards, publish their results, as organiser. */
    MANAGE_BLOCS,
    /** Sign a bloc's covenant and submit scorecards, for one's own member unit. */
    TAKE_PART_IN_BLOCS,
    /** File a unit's registration for a campaign (đăng ký thi đua), for one's own unit and those below. */
    MANAGE_REGISTRATIONS,
    /**
     * Ask whether a nominee is eligible for an award (nomination-service). On facts the caller sends it
     * concerns no unit; on a nominee's stored history it concerns the nominee's unit (subtree rule).
     */
    CHECK_ELIGIBILITY,
    /** Record honours history and initiatives (recognition, usage) for units in one's subtree. */
    MANAGE_HONOURS,
    /** Draft, edit, submit and import nomination dossiers for units in one's subtree (the nominating office). */
    NOMINATE,
    /**
     * Read nomination dossiers, their history and the lists they form (personal data of nominees), for units in
     * one's subtree.
     */
    READ_NOMINATIONS,
    /** Appraise dossiers (thẩm định), return them for correction, forward them to the level above. */
    APPRAISE_NOMINATIONS,
    /** Set up a unit's council (hội đồng thi đua – khen thưởng) and run its voting sessions, as its secretary. */
    RUN_COUNCIL,
    /** Cast one's own secret ballot in a session of a council one sits on. */
    CAST_BALLOT,
    /** Record decisions (quyết định khen thưởng) that confer honours within the unit's authority. */
    DECIDE_AWARDS,
    /** Register a unit's exemplary collectives and individuals of the month (seed practice: monthly). */
    REGISTER_EXEMPLARS,
    /**
     * Apportion seats among units by weight (delegate-service): a calculation on what the caller sends, reading
     * and storing nothing, so it concerns no unit and every officer may ask.
     */
    APPORTION,
    /**
     * Plan a unit's congress (Đại hội thi đua yêu nước / Hội nghị điển hình tiên tiến): its form, date, policy and
     * agenda, the receipt of the documents the units below send, and the allocation of its seats among them.
     */
    ORGANISE_CONGRESSES,
    /**
     * Propose one's unit's delegates to the congress above within the seats allocated to it (a unit above may help
     * prepare the list, as the subtree rule allows), submit the list and return (reopen) it.
     */
    PROPOSE_DELEGATES,
    /**
     * Approve one's own unit's delegate list, as the unit's own congress does ("thông qua danh sách đại biểu đi dự
     * Đại hội cấp trên"). Reaches the caller's own unit only, never a unit below: the upper congress's organisers
     * see and may return a lower unit's list, but approving it is not theirs to do.
     */
    APPROVE_DELEGATES,
    /**
     * Read a unit subtree's figures for a period (statistics endpoints: counts for the periodic reports, sơ kết and
     * tổng kết); counts only, no personal data.
     */
    READ_STATISTICS,
    /**
     * Choose what a unit publishes on its public honour board (exemplars and honours conferred in its subtree),
     * withdraw it, and list what it has published.
     */
    PUBLISH_HONOUR_BOARD,
    /** Dead letters and their replay, the platform's plumbing. */
    OPERATE,
    /** Read and verify the audit trail. */
    READ_AUDIT
}
