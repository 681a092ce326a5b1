package vn.tdkt.events.bloc;

/**
 * A unit the bloc proposes for an award. {@code contested} when more units share the last places than
 * there are places: the council chooses among them.
 */
public record BlocProposal(String unitCode, String award, int rank, boolean contested) {
}
