package vn.tdkt.events.nomination;

/** One dossier put to a council's vote, as the ballot paper shows it. */
public record CouncilAgendaItem(String nominationId, String nomineeName, String nomineeUnitCode, String awardCode,
                                String awardName, int year, String rulePackId) {
}
