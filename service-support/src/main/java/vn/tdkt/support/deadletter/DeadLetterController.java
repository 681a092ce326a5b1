package vn.tdkt.support.deadletter;

import jakarta.validation.Valid;
import java.util.List;
import org.apache.kafka.common.KafkaException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

/** Operator API: what this service's consumers gave up on, and sending one back to be consumed again. */
@RestController
@RequestMapping("/api/v1/dead-letters")
class DeadLetterController {

    private final DeadLetterStore store;
    private final Authorizer authorizer;

    DeadLetterController(DeadLetterStore store, Authorizer authorizer) {
        this.store = store;
        this.authorizer = authorizer;
    }

    @GetMapping
    PageResponse<DeadLetter> list(@RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        authorizer.require(Action.OPERATE, null);
        PageQuery query = PageQuery.of(page, size);
        List<DeadLetter> all = store.list();
        int from = (int) Math.min(query.offset(), all.size());
        return PageResponse.of(query, all.subList(from, Math.min(from + query.size(), all.size())), all.size());
    }

    /** Kafka unreachable or not acknowledging: the operator should retry later, not read a 500. */
    @ExceptionHandler({KafkaException.class, KafkaUnavailableException.class})
    ResponseEntity<ProblemDetail> kafkaUnavailable(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Kafka is not available: " + e.getMessage());
        problem.setProperty("errors", List.of());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    /** Idempotent consumers make replaying the same dead letter twice harmless. */
    @PostMapping("/replay")
    ReplayResult replay(@Valid @RequestBody ReplayRequest request) {
        Audit.command("dead-letter.replay", request.topic() + "/" + request.partition() + "/" + request.offset());
        authorizer.require(Action.OPERATE, null);
        return store.replay(request);
    }
}
