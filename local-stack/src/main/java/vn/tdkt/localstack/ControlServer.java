package vn.tdkt.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's own HTTP endpoint on 127.0.0.1 (8025 by default): the mails the SMTP server got,
 * the running instances, scaling and shutdown. Local use only, so no authentication.
 */
final class ControlServer implements AutoCloseable {

    static final int DEFAULT_PORT = 8025;

    private static final Logger log = LoggerFactory.getLogger(ControlServer.class);

    private final HttpServer server;
    private final Infrastructure infrastructure;
    private final SystemLauncher system; // null when only the infrastructure runs
    private final Runnable shutdown;
    private final Runnable instancesChanged;

    private ControlServer(HttpServer server, Infrastructure infrastructure, SystemLauncher system,
            Runnable shutdown, Runnable instancesChanged) {
        this.server = server;
        this.infrastructure = infrastructure;
        this.system = system;
        this.shutdown = shutdown;
        this.instancesChanged = instancesChanged;
    }

    static ControlServer start(int port, Infrastructure infrastructure, SystemLauncher system,
            Runnable shutdown, Runnable instancesChanged) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        ControlServer control = new ControlServer(http, infrastructure, system, shutdown, instancesChanged);
        http.createContext("/mails", control.guarded(control::mails));
        http.createContext("/status", control.guarded(control::status));
        http.createContext("/instances", control.guarded(control::instances));
        http.createContext("/shutdown", control.guarded(control::shutdown));
        http.setExecutor(Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory()));
        http.start();
        return control;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void mails(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> {
                List<ReceivedMail> mails = infrastructure.receivedMails();
                if ("text".equals(query(exchange).get("format"))) {
                    send(exchange, 200, "text/plain; charset=utf-8", MailText.render(mails));
                } else {
                    send(exchange, 200, "application/json; charset=utf-8", Json.write(mails.stream().map(ControlServer::toJson).toList()));
                }
            }
            case "DELETE" -> {
                infrastructure.clearMails();
                send(exchange, 204, null, "");
            }
            default -> methodNotAllowed(exchange);
        }
    }

    private void status(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            methodNotAllowed(exchange);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kafka", infrastructure.kafkaBootstrapServers());
        body.put("mongodb", infrastructure.mongoConnectionString());
        body.put("smtp", "127.0.0.1:" + infrastructure.smtpPort());
        body.put("mails", "http://127.0.0.1:" + port() + "/mails");
        if (system != null && system.authServerStarted()) {
            body.put("authServer", system.authServer().baseUrl());
        }
        if (system != null && system.consoleStarted()) {
            body.put("console", system.console().publicUrl());
        }
        List<Object> instances = new ArrayList<>();
        if (system != null) {
            for (ServiceProcess p : system.instances()) {
                instances.add(instanceJson(p));
            }
        }
        body.put("instances", instances);
        send(exchange, 200, "application/json; charset=utf-8", Json.write(body));
    }

    /** POST starts one more instance ({@code ?service=&port=}), DELETE stops one. */
    private void instances(HttpExchange exchange) throws IOException {
        if (system == null) {
            send(exchange, 409, "text/plain; charset=utf-8", "only the infrastructure is running (--infra-only)\n");
            return;
        }
        Map<String, String> q = query(exchange);
        Service service;
        int port;
        try {
            service = Service.byName(q.getOrDefault("service", ""));
            port = Integer.parseInt(q.getOrDefault("port", ""));
        } catch (IllegalArgumentException e) {
            send(exchange, 400, "text/plain; charset=utf-8", "usage: ?service=<name>&port=<port>: " + e.getMessage() + "\n");
            return;
        }
        switch (exchange.getRequestMethod()) {
            case "POST" -> {
                if (port < 1024 || port > 65535 || Ports.inUse(port)) {
                    send(exchange, 409, "text/plain; charset=utf-8", "port " + port + " is not a free port\n");
                    return;
                }
                ServiceProcess p = system.scale(service, port);
                instancesChanged.run();
                send(exchange, 201, "application/json; charset=utf-8", Json.write(instanceJson(p)));
            }
            case "DELETE" -> {
                boolean stopped = system.stopInstance(service, port);
                instancesChanged.run();
                send(exchange, stopped ? 204 : 404, "text/plain; charset=utf-8",
                        stopped ? "" : "no " + service + " instance on port " + port + "\n");
            }
            default -> methodNotAllowed(exchange);
        }
    }

    private void shutdown(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            methodNotAllowed(exchange);
            return;
        }
        send(exchange, 202, "text/plain; charset=utf-8", "stopping\n");
        Thread.ofPlatform().name("tdkt-shutdown").start(shutdown);
    }

    private static Map<String, Object> instanceJson(ServiceProcess p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", p.service().moduleName());
        m.put("port", p.port());
        m.put("url", p.baseUrl());
        m.put("alive", p.isAlive());
        m.put("log", p.logFile().toString());
        return m;
    }

    private static Map<String, Object> toJson(ReceivedMail mail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", mail.from());
        m.put("to", mail.to());
        m.put("subject", mail.subject());
        m.put("body", mail.body());
        m.put("receivedAt", mail.receivedAt().toString());
        return m;
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** Any failure becomes a 500 with its message, never a dropped connection. */
    private com.sun.net.httpserver.HttpHandler guarded(Handler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException e) {
                log.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                send(exchange, 500, "text/plain; charset=utf-8", e.getMessage() + "\n");
            } finally {
                exchange.close();
            }
        };
    }

    private static void methodNotAllowed(HttpExchange exchange) throws IOException {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
