package vn.tdkt.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code ./tdkt}: {@code up [--infra-only]}, {@code stop}, {@code reset},
 * {@code scale <service> <port>}, {@code unscale <service> <port>}, {@code mails [--json|--clear]},
 * {@code status}, {@code token <user>}, {@code users}, {@code audit-verify}. Runs in the project root; data lives in {@code ./.data/}.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("tdkt.root", "")).toAbsolutePath().normalize();
        // Before any logger exists: the launcher's logging goes to .data/logs, the console stays readable.
        System.setProperty("tdkt.logs", root.resolve(".data").resolve("logs").toString());
        System.setProperty("logback.configurationFile",
                System.getProperty("logback.configurationFile", "vn/tdkt/localstack/launcher-logback.xml"));
        System.exit(run(root, Arrays.asList(args)));
    }

    static int run(Path root, List<String> args) throws Exception {
        String command = args.isEmpty() ? "help" : args.getFirst();
        List<String> rest = args.subList(Math.min(1, args.size()), args.size());
        Client client = new Client(root, System.out);
        return switch (command) {
            case "up" -> new StackRunner(root, !rest.contains("--infra-only"), System.out).run();
            case "stop" -> client.stop();
            case "reset" -> client.reset();
            case "scale" -> rest.size() == 2 ? client.scale(rest.get(0), rest.get(1)) : usage();
            case "unscale" -> rest.size() == 2 ? client.unscale(rest.get(0), rest.get(1)) : usage();
            case "mails" -> client.mails(rest);
            case "status" -> client.status();
            case "token" -> DemoCommands.token(rest, System.out, System.err);
            case "users" -> DemoCommands.users(System.out);
            case "audit-verify" -> AuditVerifyCommand.run(System.out, System.err);
            case "train-cds" -> CdsTraining.run(root, System.out); // internal: the build step of ./tdkt up
            default -> usage();
        };
    }

    private static int usage() {
        System.out.println("""
                usage: ./tdkt <command>
                  up [--infra-only]          build what is needed, run Kafka, MongoDB, SMTP, the auth server and the four services
                  test                       run every test (./mvnw -B verify)
                  stop                       stop a running tdkt
                  reset                      stop, then delete all data (.data/)
                  scale <service> <port>     start one more instance of a service (same consumer group)
                  unscale <service> <port>   stop that extra instance
                  mails [--json|--clear]     list (or clear) the mails the SMTP server received
                  status                     show what runs where
                  token <user>               print an access token of a demo user (curl -H "Authorization: Bearer $TOKEN")
                  users                      list the demo users with their roles and units
                  audit-verify               check every service's hash-chained audit trail; names the first broken record""");
        return 2;
    }
}
