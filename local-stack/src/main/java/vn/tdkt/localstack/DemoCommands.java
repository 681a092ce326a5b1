package vn.tdkt.localstack;

import java.io.PrintStream;
import java.util.List;

import vn.tdkt.localstack.auth.AuthServerUnavailableException;
import vn.tdkt.localstack.auth.DemoTokens;
import vn.tdkt.localstack.auth.DemoUser;
import vn.tdkt.localstack.auth.DemoUsers;
import vn.tdkt.localstack.auth.SignInRefusedException;

/** {@code ./tdkt token USER} and {@code ./tdkt users}: the demo users and their tokens. */
final class DemoCommands {

    private DemoCommands() {
    }

    /** Prints only the access token on stdout, so that {@code TOKEN=$(./tdkt token admin)} works; problems go to stderr. */
    static int token(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: ./tdkt token <user>   (./tdkt users lists them)");
            return 2;
        }
        String username = args.getFirst();
        DemoTokens tokens = DemoTokens.fromEnvironment();
        try {
            out.println(tokens.accessToken(username));
            return 0;
        } catch (SignInRefusedException e) {
            err.println("tdkt token: " + e.getMessage() + ". "
                    + (DemoUsers.find(username).isEmpty() ? "'" + username + "' is not a demo user; ./tdkt users lists them."
                            : "The password is TDKT_DEMO_PASSWORD as the auth server was started with (default demo)."));
            return 1;
        } catch (AuthServerUnavailableException e) {
            err.println("tdkt token: " + e.getMessage() + ". Is tdkt running? Start it with ./tdkt up.");
            return 1;
        } catch (RuntimeException e) {
            err.println("tdkt token: no token from " + tokens.issuer() + ": " + e.getMessage());
            return 1;
        }
    }

    /** A table of user, roles, unit and name. */
    static int users(PrintStream out) {
        List<DemoUser> users = DemoUsers.all();
        int userWidth = Math.max(4, users.stream().mapToInt(u -> u.username().length()).max().orElse(0));
        int rolesWidth = Math.max(5, users.stream().mapToInt(u -> String.join(",", u.roles()).length()).max().orElse(0));
        int unitWidth = Math.max(4, users.stream().mapToInt(u -> u.unit().orElse("-").length()).max().orElse(0));
        String row = "%-" + userWidth + "s  %-" + rolesWidth + "s  %-" + unitWidth + "s  %s%n";
        out.printf(row, "user", "roles", "unit", "name");
        for (DemoUser u : users) {
            out.printf(row, u.username(), String.join(",", u.roles()), u.unit().orElse("-"), u.name());
        }
        out.println();
        out.println("Password for every user: demo (or TDKT_DEMO_PASSWORD). A token: ./tdkt token <user>");
        return 0;
    }
}
