package vn.tdkt.events.nomination;

/** Where a line of honours history came from: entered through the API, a CSV import, or a decision (#13). */
public enum HonourSource {
    API, CSV_IMPORT, DECISION
}
