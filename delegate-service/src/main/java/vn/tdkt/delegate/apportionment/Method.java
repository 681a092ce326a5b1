package vn.tdkt.delegate.apportionment;

/**
 * The apportionment methods offered. The three divisor methods differ only in where a quotient is rounded up:
 * Webster/Sainte-Laguë at n + ½, D'Hondt (Jefferson) at n + 1, Huntington–Hill at the geometric mean √(n(n+1)).
 * Hamilton (largest remainder) is a quota method.
 */
public enum Method {
    WEBSTER,
    HAMILTON,
    DHONDT,
    HUNTINGTON_HILL;

    boolean divisor() {
        return this != HAMILTON;
    }

    String title() {
        return switch (this) {
            case WEBSTER -> "Webster/Sainte-Laguë";
            case HAMILTON -> "Hamilton (largest remainder)";
            case DHONDT -> "D'Hondt";
            case HUNTINGTON_HILL -> "Huntington–Hill";
        };
    }
}
