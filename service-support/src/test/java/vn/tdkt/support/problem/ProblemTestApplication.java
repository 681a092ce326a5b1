package vn.tdkt.support.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A service-like app without MongoDB, to drive every error path through the real MVC stack. */
@SpringBootApplication
class ProblemTestApplication {

    enum Kind { REGULAR, PERIODIC, THEMATIC }

    record Basis(@NotBlank String number, @NotNull LocalDate date) {
    }

    record CreateThing(@NotBlank String title, @NotNull Kind kind, @NotNull LocalDate startDate,
                       @Min(0) Integer staffCount, @NotEmpty List<@Valid Basis> legalBasis) {
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.GONE)
    static class Gone extends RuntimeException {
    }

    @RestController
    static class ThingController {

        @PostMapping("/api/v1/things")
        Map<String, Object> create(@Valid @RequestBody CreateThing request) {
            return Map.of("title", request.title());
        }

        @GetMapping("/api/v1/things")
        Map<String, Object> page(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Kind kind) {
            return Map.of("page", page);
        }

        @GetMapping("/api/v1/search")
        Map<String, Object> search(@RequestParam String q) {
            return Map.of("q", q);
        }

        @GetMapping("/api/v1/things/{id}")
        Map<String, Object> get(@PathVariable String id) {
            switch (id) {
                case "conflict" -> throw new ConflictException("Cannot move from CLOSED to LAUNCHED");
                case "rule" -> throw new RuleViolationException("Too many delegates",
                        List.of(new FieldError("seats", "At most 300 delegates")));
                case "invalid" -> throw new InvalidInputException("endDate", "Must not be before startDate");
                case "duplicate" -> throw new DuplicateKeyException("E11000 duplicate key");
                case "stale" -> throw new OptimisticLockingFailureException("version 3 != 4");
                case "bug" -> throw new IllegalStateException("secret internals");
                case "gone" -> throw new Gone();
                default -> throw new NotFoundException("No thing " + id);
            }
        }
    }
}
