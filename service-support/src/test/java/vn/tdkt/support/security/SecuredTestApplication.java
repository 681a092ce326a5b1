package vn.tdkt.support.security;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service-like app without MongoDB: one read, one unit-scoped command, on the demo unit tree. */
@SpringBootApplication
class SecuredTestApplication {

    @Bean
    UnitTree unitTree() {
        return AccessPolicyTest.TREE::parentOf;
    }

    @RestController
    static class ThingController {

        private final Authorizer authorizer;

        ThingController(Authorizer authorizer) {
            this.authorizer = authorizer;
        }

        @GetMapping("/api/v1/me")
        Map<String, Object> me() {
            Actor actor = authorizer.actor();
            return Map.of("username", actor.username(), "roles", actor.roles(),
                    "unit", Optional.ofNullable(actor.unitCode()).orElse(""));
        }

        /** Published to everyone (tdkt.security.public-paths in the test's properties). */
        @GetMapping("/public/v1/boards/{unit}")
        ResponseEntity<Map<String, Object>> board(@PathVariable String unit) {
            return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                    .body(Map.of("board", unit));
        }

        @PostMapping("/api/v1/units/{unit}/things")
        Map<String, Object> create(@PathVariable String unit) {
            authorizer.require(Action.MANAGE_UNITS, unit);
            return Map.of("created", unit);
        }
    }
}
