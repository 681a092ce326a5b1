package vn.tdkt.console.congress.apportionment;

/**
 * The workbench's form: the question of POST /api/v1/apportionments (seats, method, bounds, the units as text), and,
 * when it allocates a congress's seats, the congress and the basis of its weights (STAFF, HONOURS, POPULATION,
 * MANUAL: docs/rest-contract.md §3, POST /api/v1/congresses/{id}/allocations).
 */
record WorkbenchForm(String seats, String method, String minSeatsPerUnit, String maxSeatsPerUnit, String units,
                     String congress, String basis) {

    static final java.util.List<String> METHODS = java.util.List.of("WEBSTER", "HAMILTON", "DHONDT", "HUNTINGTON_HILL");
    static final java.util.List<String> BASES = java.util.List.of("STAFF", "HONOURS", "POPULATION", "MANUAL");

    static WorkbenchForm empty() {
        return new WorkbenchForm("", "WEBSTER", "", "", "", "", "");
    }

    WorkbenchForm withUnits(String seats, String text) {
        return new WorkbenchForm(seats, method, minSeatsPerUnit, maxSeatsPerUnit, text, congress, basis);
    }

    public boolean forCongress() {
        return congress != null && !congress.isBlank();
    }

    /** STAFF and HONOURS weights are the service's own data: the stored allocation sends none. */
    public boolean weightsFromService() {
        return "STAFF".equals(basis) || "HONOURS".equals(basis);
    }
}
