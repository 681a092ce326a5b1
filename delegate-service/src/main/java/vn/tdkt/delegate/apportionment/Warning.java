package vn.tdkt.delegate.apportionment;

import java.util.List;

/** Something the caller should know about an allocation that is nonetheless the method's answer. */
public record Warning(Type type, List<String> unitCodes, String message) {

    public enum Type {
        /** The last seat(s) went by request order between units of exactly equal claim. */
        TIE,
        /** Hamilton: one seat more (or less) in the house would take a seat from (give one to) these units. */
        ALABAMA_PARADOX,
        /** Hamilton: between two apportionments, a unit that grew faster lost a seat to one that grew slower. */
        POPULATION_PARADOX
    }

    public Warning {
        unitCodes = List.copyOf(unitCodes);
    }
}
