package vn.tdkt.console.home;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NavItem;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;

/**
 * The home page, by what the user acts for: the campaigns of their unit's subtree and those sent to
 * it, the deadlines of this week (milestones and registration deadlines, Monday to Sunday in Vietnam),
 * the dossiers waiting for their unit and its delegate lists still to submit or pass. Each panel reads one service; a panel whose service fails
 * says so, and the others still show.
 */
@Controller
class HomeController {

    private final CampaignApi campaigns;
    private final NominationApi nominations;
    private final DelegateApi delegates;
    private final Clock clock;

    HomeController(CampaignApi campaigns, NominationApi nominations, DelegateApi delegates, Clock clock) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.delegates = delegates;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        LocalDate today = LocalDate.now(clock.withZone(Formats.VIETNAM));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        model.addAttribute("today", today);
        model.addAttribute("weekStart", monday);
        model.addAttribute("weekEnd", sunday);

        List<Map<String, Object>> own = List.of();
        List<Map<String, Object>> received = List.of();
        try {
            own = me.unitCode() == null ? Json.page(campaigns.get(u -> u.path("/api/v1/campaigns")
                            .queryParam("year", today.getYear()).queryParam("size", 20).build())).items()
                    : Json.page(campaigns.get(u -> u.path("/api/v1/campaigns").queryParam("organiser", me.unitCode())
                            .queryParam("subtree", true).queryParam("size", 50).build())).items();
            if (me.unitCode() != null) {
                received = sentTo(me.unitCode(), today.getYear());
            }
        } catch (ServiceProblem p) {
            model.addAttribute("campaignsProblem", p);
        }
        model.addAttribute("ownCampaigns", own);
        model.addAttribute("receivedCampaigns", received);
        List<Map<String, Object>> all = new ArrayList<>(own);
        all.addAll(received);
        model.addAttribute("deadlines", deadlines(all, monday, sunday));

        if (me.unitCode() != null && me.hasAnyRole(CurrentUser.EMULATION_OFFICER, CurrentUser.COUNCIL_SECRETARY,
                CurrentUser.COUNCIL_MEMBER, CurrentUser.UNIT_LEADER)) {
            try {
                model.addAttribute("awaiting", Json.page(nominations.get(u -> u.path("/api/v1/nominations")
                        .queryParam("addressedTo", me.unitCode()).queryParam("status", "SUBMITTED")
                        .queryParam("size", 20).build())));
            } catch (ServiceProblem p) {
                model.addAttribute("nominationsProblem", p);
            }
        }
        if (me.unitCode() != null && me.hasAnyRole(CurrentUser.EMULATION_OFFICER, CurrentUser.UNIT_LEADER,
                CurrentUser.CONGRESS_ORGANISER)) {
            try {
                model.addAttribute("openLists", openLists(me.unitCode()));
            } catch (ServiceProblem p) {
                model.addAttribute("listsProblem", p);
            }
        }
        return "home/home";
    }

    /** The unit's delegate lists still to submit (DRAFT) or to pass (PROPOSED), newest first. */
    private List<Map<String, Object>> openLists(String unitCode) {
        List<Map<String, Object>> open = new ArrayList<>();
        for (String status : List.of("PROPOSED", "DRAFT")) {
            open.addAll(Json.page(delegates.get(u -> u.path("/api/v1/delegate-lists").queryParam("unit", unitCode)
                    .queryParam("status", status).queryParam("size", 20).build())).items());
        }
        return open;
    }

    /** Launched campaigns of the year whose distribution list names the unit: what it has to implement. */
    private List<Map<String, Object>> sentTo(String unitCode, int year) {
        JsonNode page = campaigns.get(u -> u.path("/api/v1/campaigns").queryParam("year", year)
                .queryParam("phase", "LAUNCHED").queryParam("size", 200).build());
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode c : page.path("items")) {
            for (JsonNode r : c.path("recipientUnitCodes")) {
                if (unitCode.equals(r.asString())) {
                    out.add(Json.view(c));
                    break;
                }
            }
        }
        return out;
    }

    /** Milestones and registration deadlines between the two days, soonest first, each campaign once per date. */
    static List<Deadline> deadlines(List<Map<String, Object>> campaigns, LocalDate from, LocalDate to) {
        Map<String, Deadline> found = new LinkedHashMap<>();
        for (Map<String, Object> c : campaigns) {
            String id = String.valueOf(c.get("id"));
            String title = String.valueOf(c.get("title"));
            if (c.get("milestones") instanceof List<?> milestones) {
                for (Object m : milestones) {
                    if (m instanceof Map<?, ?> milestone) {
                        add(found, id, title, String.valueOf(milestone.get("date")), String.valueOf(milestone.get("title")), from, to);
                    }
                }
            }
            if (c.get("registrationDeadline") instanceof String d) {
                add(found, id, title, d, null, from, to);
            }
        }
        return found.values().stream().sorted(Comparator.comparing(Deadline::date)).toList();
    }

    private static void add(Map<String, Deadline> found, String id, String campaign, String date, String what,
            LocalDate from, LocalDate to) {
        LocalDate d;
        try {
            d = LocalDate.parse(date);
        } catch (RuntimeException e) {
            return;
        }
        if (!d.isBefore(from) && !d.isAfter(to)) {
            found.putIfAbsent(id + d + what, new Deadline(d, id, campaign, what));
        }
    }

    /** @param milestone the milestone's title, or null for the registration deadline */
    record Deadline(LocalDate date, String campaignId, String campaignTitle, String milestone) {
    }

    @Configuration(proxyBeanMethods = false)
    static class HomeNavigation {

        @Bean
        NavItem homeNav() {
            return NavItem.forEveryone(0, "nav.home", "/");
        }
    }
}
