package vn.tdkt.localstack.auth;

/** Nothing answers at the auth server's address: the system is not running (or not there). */
public final class AuthServerUnavailableException extends IllegalStateException {

    AuthServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
