package vn.tdkt.delegate.congress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change without {@code If-Match} could silently undo someone else's change: 428. */
@ResponseStatus(HttpStatus.PRECONDITION_REQUIRED)
class VersionRequiredException extends RuntimeException {

    VersionRequiredException() {
        super("Changing a congress needs If-Match with the version read (its ETag), so that no concurrent change is"
                + " lost");
    }
}
