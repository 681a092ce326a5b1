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
}
