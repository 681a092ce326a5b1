package vn.tdkt.localstack.auth;

/** The auth server refused the user name and password (an unknown user or a wrong password look the same). */
public final class SignInRefusedException extends IllegalStateException {

    SignInRefusedException(String message) {
        super(message);
    }
}
