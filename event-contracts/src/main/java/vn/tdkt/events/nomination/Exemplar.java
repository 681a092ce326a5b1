package vn.tdkt.events.nomination;

/**
 * One line of an exemplar registration (gương điển hình tiên tiến): a collective or a person, with the
 * position and unit as the registering office wrote them, what they achieved and in which field.
 *
 * @param recipientKind a {@link RecipientKind} name
 */
public record Exemplar(String recipientKind, String name, String position, String unitName, String achievement,
                       String field) {
}
