package vn.tdkt.delegate.delegation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Replacing a delegate without {@code If-Match} could silently undo someone else's change: 428. */
@ResponseStatus(HttpStatus.PRECONDITION_REQUIRED)
class ListVersionRequiredException extends RuntimeException {

    ListVersionRequiredException() {
        super("Replacing a delegate needs If-Match with the list's version read (its ETag), so that no concurrent"
                + " change is lost");
    }
}
