package vn.tdkt.delegate.congress;

import java.util.List;
import java.util.Optional;

/** Read access to congresses for the other features of this service (delegate lists, rosters). */
public interface CongressCatalog {

    Optional<CongressFacts> find(String congressId);

    /** The congresses that send delegates to {@code congressId}, in a stable order. */
    List<CongressFacts> lowerCongresses(String congressId);
}
