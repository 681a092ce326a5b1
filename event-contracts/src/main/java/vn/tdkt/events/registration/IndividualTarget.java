package vn.tdkt.events.registration;

/**
 * One person's registration: who (name and position, personal data) and the title aimed for, e.g.
 * "Chiến sĩ thi đua cơ sở" or "Lao động tiên tiến".
 */
public record IndividualTarget(String name, String position, String title) {
}
