package vn.tdkt.nomination.rulepack;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

@RestController
@RequestMapping("/api/v1/rule-packs")
@Tag(name = "Bộ quy tắc – Rule packs", description = "The legal parameters by regime, each with its article")
class RulePackController {

    private final RulePacks packs;
    private final Authorizer authorizer;

    RulePackController(RulePacks packs, Authorizer authorizer) {
        this.packs = packs;
        this.authorizer = authorizer;
    }

    @GetMapping
    @Operation(summary = "Danh sách bộ quy tắc – the packs with their effective ranges: national by start, then provincial")
    PageResponse<PackSummary> list(@RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        PageQuery query = PageQuery.of(page, size);
        List<RulePack> all = packs.all();
        return PageResponse.of(query, all.stream().skip(query.offset()).limit(query.size()).map(PackSummary::of)
                .toList(), all.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một bộ quy tắc – one pack in full: authority, quota and criteria per award, with citations")
    RulePack get(@PathVariable String id) {
        authorizer.require(Action.READ_DIRECTORY, null);
        return packs.byId(id).orElseThrow(() -> new NotFoundException("No rule pack " + id));
    }

    record PackSummary(String id, String name, String jurisdiction, String basePackId, LocalDate effectiveFrom,
                       LocalDate effectiveTo, List<String> instruments, String source, String sha256,
                       List<String> awardCodes, Map<String, Integer> criteriaPerAward) {

        static PackSummary of(RulePack pack) {
            return new PackSummary(pack.id(), pack.name(), pack.jurisdiction(), pack.basePackId(),
                    pack.effectiveFrom(), pack.effectiveTo(), pack.instruments(), pack.source(), pack.sha256(),
                    pack.awards().keySet().stream().sorted().toList(),
                    new java.util.TreeMap<>(pack.awards().entrySet().stream().collect(java.util.stream.Collectors
                            .toMap(Map.Entry::getKey, e -> e.getValue().criteria().size()))));
        }
    }
}
