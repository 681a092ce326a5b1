package vn.tdkt.nomination.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
@RequestMapping("/api/v1/awards")
@Tag(name = "Danh mục hình thức khen thưởng – Awards", description = "Emulation titles and commendations")
class AwardController {

    private final AuthorityLookup authorities;
    private final Authorizer authorizer;
    private final Clock clock;

    AwardController(AuthorityLookup authorities, Authorizer authorizer, Clock clock) {
        this.authorities = authorities;
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Danh mục – the catalogue, in catalogue order, with who grants each on a date (default today)")
    PageResponse<AwardResponse> list(@RequestParam(required = false) AwardKind kind,
                                     @RequestParam(required = false) LocalDate on,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        PageQuery query = PageQuery.of(page, size);
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        List<Award> matching = AwardCatalogue.ALL.stream().filter(award -> kind == null || award.kind() == kind)
                .toList();
        List<AwardResponse> items = matching.stream().skip(query.offset()).limit(query.size())
                .map(award -> AwardResponse.of(award, authorities.authorityOf(award.code(), date))).toList();
        return PageResponse.of(query, items, matching.size());
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một hình thức – one award by code or Vietnamese name")
    AwardResponse get(@PathVariable String code, @RequestParam(required = false) LocalDate on) {
        authorizer.require(Action.READ_DIRECTORY, null);
        Award award = AwardCatalogue.find(code).orElseThrow(() -> new NotFoundException("No award " + code));
        return AwardResponse.of(award, authorities.authorityOf(award.code(), on == null ? LocalDate.now(clock) : on));
    }

    record AwardResponse(String code, String name, List<String> aliases, AwardKind kind, Recipient recipient,
                         List<AwardBasis> bases, boolean yearly, AuthorityLookup.Authority grantedBy) {

        static AwardResponse of(Award award, AuthorityLookup.Authority authority) {
            return new AwardResponse(award.code(), award.name(), award.aliases(), award.kind(), award.recipient(),
                    award.bases(), award.yearly(), authority);
        }
    }
}
