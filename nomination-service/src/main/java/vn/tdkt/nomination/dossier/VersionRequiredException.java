package vn.tdkt.nomination.dossier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An edit without {@code If-Match} could silently undo someone else's change: 428. */
@ResponseStatus(HttpStatus.PRECONDITION_REQUIRED)
class VersionRequiredException extends RuntimeException {

    VersionRequiredException() {
        super("Editing a dossier needs If-Match with the version read (its ETag), so that no concurrent change is lost");
    }
}
