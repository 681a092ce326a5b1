package vn.tdkt.nomination.eligibility;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.award.Recipient;
import vn.tdkt.nomination.eligibility.Facts.InitiativeFact;
import vn.tdkt.nomination.eligibility.Facts.Nominee;
import vn.tdkt.nomination.eligibility.Facts.Scope;
import vn.tdkt.nomination.eligibility.Facts.TaskRating;
import vn.tdkt.nomination.eligibility.Facts.YearRecord;

/**
 * The rule types a pack may name ({@code rule:} of a criterion) and how each reads its parameters. Adding
 * a rule type is a code change; using one with other values, citations or for other awards is data.
 */
final class Rules {

    static final Set<String> NAMES = Set.of("RECIPIENT_KIND", "CATEGORY", "DISCIPLINE", "FACT_TRUE", "TASK_RATING",
            "COLLECTIVE_RATING", "NOT_ALREADY_AWARDED", "GRASSROOTS_BASIS", "TITLE_CHAIN", "PRIOR_PERIOD_NOT_REUSED",
            "INITIATIVE_SCOPE", "PROVINCIAL_FIGHTER_TWICE", "PM_CERTIFICATE", "PROVINCIAL_CERTIFICATE", "COUNCIL_VOTE",
            "MEMBER_SHARE", "MEMBERS_AT_LEAST", "NO_DISCIPLINED_MEMBERS", "GOVERNMENT_FLAG_BASIS");

    static final Set<String> FACTS = Set.of("emulationParticipation", "solidarity", "exceededTargets",
            "cleanPartyOrganisation", "amongLeadingCollectivesOfClusters", "leadsCentralCouncilCluster",
            "leadsClusterOrBlock", "combatIngenuity", "otherBasesMet");

    private Rules() {
    }

    /** The rule {@code name} with its parameters; problems go to the list the params report to. */
    static Rule compile(String name, Params p) {
        Rule rule = switch (name) {
            case "RECIPIENT_KIND" -> new RecipientKind(p.choice("confirmedFor", Recipient.class, Recipient.EITHER));
            case "CATEGORY" -> new Category(p.texts("allowed"), p.texts("excluded"));
            case "DISCIPLINE" -> new NoDiscipline();
            case "FACT_TRUE" -> new FactTrue(p.oneOf("fact", FACTS));
            case "TASK_RATING" -> new Rating(p.choice("atLeast", TaskRating.class, null),
                    p.flag("maternityLeaveCounts", false));
            case "COLLECTIVE_RATING" -> new CollectiveRating(p.choice("atLeast", TaskRating.class, null));
            case "NOT_ALREADY_AWARDED" -> new NotAlreadyAwarded();
            case "GRASSROOTS_BASIS" -> new GrassrootsBasis(p.flag("excellentRatingSuffices", true),
                    p.flag("maternityLeaveCounts", false));
            case "TITLE_CHAIN" -> new TitleChain(p.award("title"), p.count("times", 1),
                    p.flag("countFromEndOfDiscipline", false), p.flag("excludePriorPeriods", false));
            case "PRIOR_PERIOD_NOT_REUSED" -> new PriorPeriodNotReused();
            case "INITIATIVE_SCOPE" -> new InitiativeScope(p.choice("scope", Scope.class, null), p.count("count", 1),
                    p.flag("requireApplied", true), p.flag("requireRecognizedBy", false));
            case "PROVINCIAL_FIGHTER_TWICE" -> new ProvincialFighterTwice(p.count("times", 2));
            case "PM_CERTIFICATE" -> new PmCertificate(p.award("priorAward"), p.award("grassrootsTitle"),
                    p.count("years", 5), p.count("grassrootsTimes", 3), p.choice("atLeast", TaskRating.class, null),
                    p.flag("maternityLeaveCounts", false));
            case "PROVINCIAL_CERTIFICATE" -> new ProvincialCertificate(p.award("grassrootsTitle"),
                    p.count("consecutive", 2), p.count("initiatives", 2), p.flag("maternityLeaveCounts", false));
            case "COUNCIL_VOTE" -> new CouncilVoteShare(p.share("threshold"),
                    p.oneOf("denominator", Set.of("TOTAL_MEMBERS", "PRESENT")), p.flag("secretBallot", true));
            case "MEMBER_SHARE" -> new MemberShare(p.oneOf("field", Set.of("membersAdvancedWorkers",
                    "membersCompletedTasks", "membersBaseFighters")), p.share("atLeast"), p.flag("strict", false));
            case "MEMBERS_AT_LEAST" -> new MembersAtLeast(p.oneOf("field", Set.of("membersBaseFighters",
                    "membersAdvancedWorkers")), p.count("count", 1));
            case "NO_DISCIPLINED_MEMBERS" -> new NoDisciplinedMembers();
            case "GOVERNMENT_FLAG_BASIS" -> new GovernmentFlagBasis(p.count("movementYears", 5));
            default -> null;
        };
        p.noOthers();
        return rule;
    }

    // ---- shared helpers -------------------------------------------------------------------------------

    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .strip();
    }

    static String name(String awardCode) {
        return AwardCatalogue.byCode(awardCode).map(a -> a.name()).orElse(awardCode);
    }

    /**
     * Whether the rating of a year can be used: maternity leave counts as time worked where the pack says so;
     * where it does not, a year is usable only if it states that there was none.
     */
    static Status usable(YearRecord year, boolean maternityLeaveCounts) {
        if (maternityLeaveCounts) {
            return Status.MET;
        }
        Integer months = year.maternityLeaveMonths();
        return months == null || months > 0 ? Status.UNKNOWN : Status.MET;
    }

    /** MET / NOT_MET / UNKNOWN of "rated at least {@code min} in {@code year}". */
    static Status ratedAtLeast(Case c, int year, TaskRating min, boolean maternityLeaveCounts) {
        Optional<YearRecord> record = c.yearRecord(year);
        if (record.isEmpty() || record.get().taskRating() == null) {
            return Status.UNKNOWN;
        }
        if (!record.get().taskRating().atLeast(min)) {
            return Status.NOT_MET;
        }
        return usable(record.get(), maternityLeaveCounts);
    }

    static String maternityNote(Case c, int year, boolean counts) {
        return c.yearRecord(year).map(YearRecord::maternityLeaveMonths).filter(m -> m != null && m > 0)
                .map(m -> counts ? "; " + m + " months of maternity leave in " + year + " count as time worked"
                        : "; whether the " + m + " months of maternity leave in " + year
                          + " count is not settled for this regime")
                .orElse("");
    }

    /** An initiative can support a criterion: MET if it does, NOT_MET if it cannot, UNKNOWN if facts lack. */
    static Status qualifies(InitiativeFact initiative, Scope scope, boolean requireApplied, boolean requireRecognizedBy) {
        if (initiative == null) {
            return Status.UNKNOWN;
        }
        Status scoped = initiative.recognizedScope() == null ? Status.UNKNOWN
                : initiative.recognizedScope().atLeast(scope) ? Status.MET : Status.NOT_MET;
        Status applied = requireApplied ? Status.of(initiative.effectivelyApplied()) : Status.MET;
        Status recognizedBy = !requireRecognizedBy ? Status.MET
                : initiative.recognizedBy() == null || initiative.recognizedBy().isBlank() ? Status.UNKNOWN : Status.MET;
        Status unused = initiative.alreadyUsedFor() == null ? Status.UNKNOWN
                : initiative.alreadyUsedFor().isBlank() ? Status.MET : Status.NOT_MET;
        return Status.allOf(scoped, applied, recognizedBy, unused);
    }

    /** The initiatives a year lists, each as whether it qualifies. */
    static List<Status> yearInitiatives(Case c, YearRecord year, Scope scope, boolean requireApplied) {
        List<Status> found = new ArrayList<>();
        for (String id : year.initiatives()) {
            found.add(c.initiative(id).map(i -> qualifies(i, scope, requireApplied, false)).orElse(Status.UNKNOWN));
        }
        return found;
    }

    /** At least {@code needed} of these are MET: MET; fewer possible even counting every UNKNOWN: NOT_MET. */
    static Status countAtLeast(List<Status> items, int needed) {
        long met = items.stream().filter(s -> s == Status.MET).count();
        long possible = met + items.stream().filter(s -> s == Status.UNKNOWN).count();
        return met >= needed ? Status.MET : possible >= needed ? Status.UNKNOWN : Status.NOT_MET;
    }

    // ---- the rules --------------------------------------------------------------------------------------

    /** The award is for this kind of nominee; {@code confirmedFor} narrows it to what the digest confirms. */
    record RecipientKind(Recipient confirmedFor) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Facts.Kind kind = c.nominee().kind();
            if (kind == null) {
                return Finding.unknown("the request does not say whether the nominee is a person or a collective");
            }
            Recipient nominee = Recipient.valueOf(kind.name());
            if (!c.award().recipient().admits(nominee)) {
                return Finding.notMet(c.award().name() + " is for " + c.award().recipient().name().toLowerCase(Locale.ROOT)
                        + " nominees, not " + kind.name().toLowerCase(Locale.ROOT) + " ones");
            }
            if (!confirmedFor.admits(nominee)) {
                return Finding.unknown("the standard of " + c.award().name() + " for a "
                        + kind.name().toLowerCase(Locale.ROOT) + " nominee is not confirmed; only that for "
                        + confirmedFor.name().toLowerCase(Locale.ROOT) + " nominees is");
            }
            return Finding.met(c.award().name() + " may be given to a " + kind.name().toLowerCase(Locale.ROOT) + " nominee");
        }
    }

    /** The nominee's category is one the title is for. */
    record Category(List<String> allowed, List<String> excluded) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            String category = c.nominee().category();
            if (category == null || category.isBlank()) {
                return Finding.unknown("the nominee's category (công chức, viên chức, người lao động, …) is not given");
            }
            String k = key(category);
            if (allowed.stream().anyMatch(a -> key(a).equals(k))) {
                return Finding.met("'" + category + "' is among those the title is for");
            }
            if (excluded.stream().anyMatch(a -> key(a).equals(k))) {
                return Finding.notMet("'" + category + "' is not among those the title is for " + allowed);
            }
            return Finding.unknown("'" + category + "' is not a category this pack knows; the title is for " + allowed);
        }
    }

    /**
     * Not while disciplinary proceedings are pending or a discipline is in force; after a served discipline,
     * achievements count from the end of its period, so the assessed year must come after the year it ended.
     */
    record NoDiscipline() implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Facts.Discipline d = c.nominee().discipline();
            if (d == null || d.status() == null) {
                return Finding.unknown("the request does not say whether the nominee is or was disciplined "
                        + "(discipline.status NONE, UNDER_CONSIDERATION, IN_FORCE or SERVED)");
            }
            return switch (d.status()) {
                case NONE -> Finding.met("no discipline, pending or in force");
                case UNDER_CONSIDERATION -> Finding.notMet("disciplinary proceedings are under consideration: no award "
                        + "or proposal meanwhile");
                case IN_FORCE -> Finding.notMet("a discipline" + (d.form() == null ? "" : " (" + d.form() + ")")
                        + " is in force");
                case SERVED -> served(c, d);
            };
        }

        private static Finding served(Case c, Facts.Discipline d) {
            if (d.periodEnded() == null) {
                return Finding.unknown("the discipline was served, but the end of its period (periodEnded) is not "
                        + "given, and achievements count only from then");
            }
            Integer assessed = c.assessedYear();
            if (assessed == null) {
                return Finding.unknown("the discipline period ended " + d.periodEnded()
                        + "; which year is assessed is not given");
            }
            int firstCounted = d.periodEnded().getYear() + 1;
            if (assessed < firstCounted) {
                return Finding.notMet("the discipline period ended " + d.periodEnded() + "; achievements count from "
                        + "then, so the first full year that counts is " + firstCounted + ", not " + assessed);
            }
            return Finding.met("the discipline was served (period ended " + d.periodEnded() + "); " + assessed
                    + " is after it");
        }
    }

    /** A yes/no fact of the nominee must be true. */
    record FactTrue(String fact) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Nominee n = c.nominee();
            Boolean value = switch (fact) {
                case "emulationParticipation" -> n.emulationParticipation();
                case "solidarity" -> n.solidarity();
                case "exceededTargets" -> n.exceededTargets();
                case "cleanPartyOrganisation" -> n.cleanPartyOrganisation();
                case "amongLeadingCollectivesOfClusters" -> n.amongLeadingCollectivesOfClusters();
                case "leadsCentralCouncilCluster" -> n.leadsCentralCouncilCluster();
                case "leadsClusterOrBlock" -> n.leadsClusterOrBlock();
                case "combatIngenuity" -> n.combatIngenuity();
                case "otherBasesMet" -> n.otherBasesMet();
                default -> null;
            };
            return value == null ? Finding.unknown(fact + " is not given")
                    : value ? Finding.met(fact + " holds") : Finding.notMet(fact + " does not hold");
        }
    }

    /** The assessed year's task rating is at least {@code atLeast}. */
    record Rating(TaskRating atLeast, boolean maternityLeaveCounts) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Integer year = c.assessedYear();
            if (year == null) {
                return Finding.unknown("no year is recorded, so no task rating can be assessed");
            }
            Optional<YearRecord> record = c.yearRecord(year);
            if (record.isEmpty() || record.get().taskRating() == null) {
                return Finding.unknown("the task rating for " + year + " is not given");
            }
            TaskRating rating = record.get().taskRating();
            String note = maternityNote(c, year, maternityLeaveCounts);
            if (!rating.atLeast(atLeast)) {
                return Finding.notMet("rated " + rating + " in " + year + "; at least " + atLeast + " is required");
            }
            if (usable(record.get(), maternityLeaveCounts) == Status.UNKNOWN) {
                return Finding.unknown("rated " + rating + " in " + year + note
                        + (record.get().maternityLeaveMonths() == null ? "; maternity leave that year is not stated" : ""));
            }
            return Finding.met("rated " + rating + " in " + year + " (at least " + atLeast + ")" + note);
        }
    }

    /** The collective's rating for the year is at least {@code atLeast}. */
    record CollectiveRating(TaskRating atLeast) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            TaskRating rating = c.nominee().collectiveRating();
            if (rating == null) {
                return Finding.unknown("the collective's rating (collectiveRating) is not given");
            }
            return rating.atLeast(atLeast) ? Finding.met("the collective was rated " + rating)
                    : Finding.notMet("the collective was rated " + rating + "; at least " + atLeast + " is required");
        }
    }

    /** One achievement, one award: the assessed year must not already have earned this award. */
    record NotAlreadyAwarded() implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Integer year = c.assessedYear();
            if (year == null) {
                return Finding.unknown("which year is assessed is not given");
            }
            Status received = c.received(c.award().code(), year);
            return switch (received) {
                case MET -> Finding.notMet(c.award().name() + " was already received for " + year
                        + "; one achievement is not rewarded twice");
                case NOT_MET -> Finding.met(c.award().name() + " was not yet received for " + year);
                case UNKNOWN -> Finding.unknown("what the nominee received for " + year + " (its titles) is not given");
            };
        }
    }

    /**
     * Grassroots fighter, point b: rated HTXSNV (where that suffices), or an initiative recognised at least at
     * grassroots level and not used before, or an accepted research topic, or combat ingenuity.
     */
    record GrassrootsBasis(boolean excellentRatingSuffices, boolean maternityLeaveCounts) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Integer year = c.assessedYear();
            Optional<YearRecord> record = year == null ? Optional.empty() : c.yearRecord(year);
            if (record.isEmpty()) {
                return Finding.unknown(year == null ? "no year is recorded" : "nothing is recorded for " + year);
            }
            YearRecord y = record.get();
            List<String> said = new ArrayList<>();
            Status excellent;
            if (!excellentRatingSuffices) {
                excellent = Status.NOT_MET;
                said.add("an HTXSNV rating does not replace an initiative or topic under this regime");
            } else {
                excellent = ratedAtLeast(c, year, TaskRating.HTXSNV, maternityLeaveCounts);
                said.add(y.taskRating() == null ? "the rating for " + year + " is not given"
                        : "rated " + y.taskRating() + " in " + year + maternityNote(c, year, maternityLeaveCounts));
            }
            Status initiative;
            if (y.initiatives() == null) {
                initiative = Status.UNKNOWN;
                said.add("the initiatives of " + year + " are not given");
            } else {
                initiative = countAtLeast(yearInitiatives(c, y, Scope.CO_SO, false), 1);
                said.add(y.initiatives().isEmpty() ? "no initiative in " + year
                        : "initiatives " + y.initiatives() + ": " + describe(initiative, "one is recognised and unused",
                                "none is recognised and unused", "their recognition or use is not fully stated"));
            }
            Status topic = y.researchTopics() == null ? Status.UNKNOWN
                    : y.researchTopics().isEmpty() ? Status.NOT_MET : Status.MET;
            said.add(y.researchTopics() == null ? "research topics of " + year + " are not given"
                    : y.researchTopics().isEmpty() ? "no research topic" : "accepted research topics " + y.researchTopics());
            Status combat = Status.of(c.nominee().combatIngenuity());
            said.add(c.nominee().combatIngenuity() == null ? "combat ingenuity is not stated"
                    : c.nominee().combatIngenuity() ? "combat ingenuity recognised" : "no combat ingenuity");
            Status result = Status.anyOf(excellent, initiative, topic, combat);
            return new Finding(result, String.join("; ", said));
        }
    }

    /**
     * {@code times} consecutive years each with {@code title}; a gap breaks the chain. Years before the end of
     * a served discipline and years an earlier award already counted are left out, where the pack says so.
     */
    record TitleChain(String title, int times, boolean countFromEndOfDiscipline, boolean excludePriorPeriods)
            implements Rule {
        @Override
        public Finding evaluate(Case c) {
            TreeSet<Integer> mentioned = c.mentionedYears();
            if (c.nominee().years() == null && c.nominee().awards() == null) {
                return Finding.unknown("no yearly record or awards are given, so " + times + " consecutive times "
                        + name(title) + " cannot be checked");
            }
            int lastYear = c.decisionDate().getYear();
            Integer disciplined = countFromEndOfDiscipline ? c.lastDisciplinedYear() : null;
            List<int[]> prior = excludePriorPeriods ? c.priorPeriods() : List.of();
            List<Integer> basis = c.nominee().proposalBasisYears();
            if (basis == null) {
                return Finding.unknown("the years the proposal rests on (proposalBasisYears) are not given; "
                        + name(title) + " is known for " + mentioned.stream()
                        .filter(y -> c.received(title, y) == Status.MET).toList());
            }
            List<List<Integer>> windows = new ArrayList<>();
            TreeSet<Integer> sorted = new TreeSet<>(basis.stream().filter(Objects::nonNull).toList());
            for (int start : sorted) {
                List<Integer> window = new ArrayList<>();
                for (int y = start; y < start + times; y++) {
                    if (sorted.contains(y) && y <= lastYear) {
                        window.add(y);
                    }
                }
                if (window.size() == times) {
                    windows.add(window);
                }
            }
            if (windows.isEmpty()) {
                return Finding.notMet("the proposal basis years " + sorted + " are not " + times
                        + " consecutive years up to " + lastYear);
            }
            Status best = Status.NOT_MET;
            List<Integer> found = null;
            for (List<Integer> window : windows) {
                Status status = Status.MET;
                for (int y : window) {
                    Status year = excluded(y, disciplined, prior) ? Status.NOT_MET : c.received(title, y);
                    status = Status.allOf(status, year);
                }
                if (status == Status.MET) {
                    best = Status.MET;
                    found = window;
                    break;
                }
                if (status == Status.UNKNOWN) {
                    best = Status.UNKNOWN;
                }
            }
            List<Integer> withTitle = mentioned.stream().filter(y -> c.received(title, y) == Status.MET).toList();
            String exclusions = (disciplined == null ? "" : "; years up to " + disciplined
                    + " do not count (discipline period)")
                    + (prior.isEmpty() ? "" : "; years already counted for an earlier award do not count again: "
                    + prior.stream().map(Periods::show).collect(Collectors.joining(", ")));
            return switch (best) {
                case MET -> Finding.met(name(title) + " in " + found.getFirst() + "–" + found.getLast() + ", "
                        + times + " consecutive times" + exclusions);
                case NOT_MET -> Finding.notMet(name(title) + " was received in " + (withTitle.isEmpty() ? "no year"
                        : withTitle) + "; " + times + " consecutive times are required and a gap breaks the chain"
                        + exclusions);
                case UNKNOWN -> Finding.unknown(name(title) + " is known for " + (withTitle.isEmpty() ? "no year"
                        : withTitle) + "; the titles of the other years needed for " + times
                        + " consecutive times are not given" + exclusions);
            };
        }

        private static boolean excluded(int year, Integer disciplined, List<int[]> prior) {
            return disciplined != null && year <= disciplined
                    || prior.stream().anyMatch(p -> year >= p[0] && year <= p[1]);
        }
    }

    /** The years proposed now were not counted for an earlier provincial fighter title. */
    record PriorPeriodNotReused() implements Rule {
        @Override
        public Finding evaluate(Case c) {
            List<Facts.PriorFighter> prior = c.nominee().priorProvincialFighter();
            if (prior == null) {
                return Finding.unknown("whether an earlier award already counted some of these years "
                        + "(priorProvincialFighter) is not given");
            }
            if (prior.isEmpty()) {
                return Finding.met("no earlier award of this chain");
            }
            List<int[]> periods = c.priorPeriods();
            if (periods.size() < prior.size()) {
                return Finding.unknown("the achievement period of an earlier award is not given");
            }
            List<Integer> basis = c.nominee().proposalBasisYears();
            String shown = periods.stream().map(Periods::show).collect(Collectors.joining(", "));
            if (basis == null) {
                return Finding.unknown("earlier awards counted " + shown + "; the years this proposal rests on "
                        + "(proposalBasisYears) are needed to check none is counted again");
            }
            List<Integer> reused = basis.stream().filter(Objects::nonNull)
                    .filter(y -> periods.stream().anyMatch(p -> y >= p[0] && y <= p[1])).sorted().toList();
            return reused.isEmpty() ? Finding.met("none of the proposal basis years was counted before (" + shown + ")")
                    : Finding.notMet("the years " + reused + " were already counted for an earlier award (" + shown
                            + ") and cannot be counted again");
        }
    }

    /** An initiative recognised at {@code scope} or wider, effectively applied, not used before. */
    record InitiativeScope(Scope scope, int count, boolean requireApplied, boolean requireRecognizedBy) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            List<InitiativeFact> initiatives = c.nominee().initiatives();
            List<Status> candidates = new ArrayList<>();
            List<String> said = new ArrayList<>();
            if (initiatives == null) {
                said.add("the nominee's initiatives are not given");
                candidates.add(Status.UNKNOWN);
            } else {
                for (InitiativeFact i : initiatives) {
                    Status q = qualifies(i, scope, requireApplied, requireRecognizedBy);
                    candidates.add(q);
                    said.add(i == null ? "an empty initiative" : "initiative " + i.id() + " ("
                            + (i.recognizedScope() == null ? "scope not given" : i.recognizedScope()) + ", "
                            + (i.effectivelyApplied() == null ? "application not stated"
                            : i.effectivelyApplied() ? "applied" : "not applied") + ", "
                            + (i.alreadyUsedFor() == null ? "use not stated"
                            : i.alreadyUsedFor().isBlank() ? "unused" : "already used for " + i.alreadyUsedFor())
                            + (requireRecognizedBy ? ", recognised by " + (i.recognizedBy() == null ? "(not stated)"
                            : i.recognizedBy()) : "") + "): " + describe(q, "counts", "does not count", "not known"));
                }
                if (initiatives.isEmpty()) {
                    said.add("no initiative");
                }
            }
            boolean topics = c.nominee().years() != null && c.nominee().years().stream()
                    .anyMatch(y -> y.researchTopics() != null && !y.researchTopics().isEmpty());
            if (topics || Boolean.TRUE.equals(c.nominee().combatIngenuity())) {
                candidates.add(Status.UNKNOWN);
                said.add("a research topic or combat ingenuity is recorded, but not at which scope it was recognised");
            }
            Status result = countAtLeast(candidates, count);
            return new Finding(result, (count > 1 ? count + " initiatives" : "An initiative") + " of scope " + scope
                    + " or wider, effectively applied and not used before, is required: " + String.join("; ", said));
        }
    }

    /** Two consecutive provincial fighter titles ({@code provincialAwardsConsecutive} is a recorded fact). */
    record ProvincialFighterTwice(int times) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            List<Facts.YearRef> awards = c.nominee().provincialFighterAwards();
            if (awards == null) {
                return Finding.unknown("the provincial fighter titles received (provincialFighterAwards) are not given");
            }
            List<Integer> years = awards.stream().filter(Objects::nonNull).map(Facts.YearRef::year)
                    .filter(Objects::nonNull).sorted().toList();
            if (years.size() < times) {
                return Finding.notMet("Chiến sĩ thi đua cấp tỉnh received " + years.size() + " time(s) " + years
                        + "; " + times + " consecutive times are required");
            }
            Boolean consecutive = c.nominee().provincialAwardsConsecutive();
            if (consecutive == null) {
                return Finding.unknown("received in " + years + ", but whether these count as consecutive "
                        + "(provincialAwardsConsecutive) is not recorded; what consecutive means here is not settled");
            }
            return consecutive ? Finding.met("received in " + years + ", recorded as consecutive")
                    : Finding.notMet("received in " + years + ", recorded as not consecutive");
        }
    }

    /**
     * Prime Minister's certificate, point b (or another point, {@code otherBasesMet}): after a provincial
     * certificate, {@code years} unbroken years up to the proposal rated at least {@code atLeast}, with the
     * grassroots title {@code grassrootsTimes} times within them.
     */
    record PmCertificate(String priorAward, String grassrootsTitle, int years, int grassrootsTimes,
                         TaskRating atLeast, boolean maternityLeaveCounts) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Status other = Status.of(c.nominee().otherBasesMet());
            Finding pointB = pointB(c);
            Status result = Status.anyOf(other, pointB.status());
            String others = c.nominee().otherBasesMet() == null ? "whether another point of the clause holds is not stated"
                    : c.nominee().otherBasesMet() ? "another point of the clause holds" : "no other point of the clause holds";
            return new Finding(result, "point b: " + pointB.reason() + "; " + others);
        }

        private Finding pointB(Case c) {
            Integer end = c.assessedYear();
            if (end == null) {
                return Finding.unknown("no year is recorded");
            }
            // Counted from the latest such certificate: a year not known could hold a later one.
            Integer since = null;
            TreeSet<Integer> mentioned = c.mentionedYears();
            for (int y = end; mentioned.isEmpty() || y >= mentioned.first(); y--) {
                Status s = c.received(priorAward, y);
                if (s == Status.MET) {
                    since = y;
                    break;
                }
                if (s == Status.UNKNOWN) {
                    return Finding.unknown("whether a " + name(priorAward) + " was received for " + y
                            + " is not given, and the years count from the latest one");
                }
                if (mentioned.isEmpty()) {
                    break;
                }
            }
            if (since == null) {
                return Finding.notMet("no " + name(priorAward) + " was received in the years given");
            }
            int span = end - since;
            if (span < years) {
                return Finding.notMet(name(priorAward) + " for " + since + "; only " + span + " year(s) since, up to "
                        + end + ", at least " + years + " are required");
            }
            List<Status> ratings = new ArrayList<>();
            List<Status> titles = new ArrayList<>();
            for (int y = since + 1; y <= end; y++) {
                ratings.add(ratedAtLeast(c, y, atLeast, maternityLeaveCounts));
                titles.add(c.received(grassrootsTitle, y));
            }
            Status rated = Status.allOf(ratings.toArray(Status[]::new));
            Status fighter = countAtLeast(titles, grassrootsTimes);
            String window = (since + 1) + "–" + end;
            return new Finding(Status.allOf(rated, fighter), name(priorAward) + " for " + since + "; " + window
                    + ": rated at least " + atLeast + " every year " + describe(rated, "yes", "no", "not fully stated")
                    + ", " + name(grassrootsTitle) + " " + grassrootsTimes + " times " + describe(fighter, "yes", "no",
                    "not fully stated"));
        }
    }

    /**
     * Provincial certificate, point d (or another point, {@code otherBasesMet}): the grassroots title twice in
     * a row or HTXSNV two years in a row, and within those years two grassroots initiatives applied and not
     * used before, or two accepted research topics.
     */
    record ProvincialCertificate(String grassrootsTitle, int consecutive, int initiatives,
                                 boolean maternityLeaveCounts) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Status other = Status.of(c.nominee().otherBasesMet());
            Finding pointD = pointD(c);
            String others = c.nominee().otherBasesMet() == null ? "whether another point of the clause holds is not stated"
                    : c.nominee().otherBasesMet() ? "another point of the clause holds" : "no other point of the clause holds";
            return new Finding(Status.anyOf(other, pointD.status()), "point d: " + pointD.reason() + "; " + others);
        }

        private Finding pointD(Case c) {
            Integer end = c.assessedYear();
            if (end == null) {
                return Finding.unknown("no year is recorded");
            }
            List<Status> titles = new ArrayList<>();
            List<Status> excellent = new ArrayList<>();
            List<Status> applied = new ArrayList<>();
            List<Status> topics = new ArrayList<>();
            for (int y = end - consecutive + 1; y <= end; y++) {
                titles.add(c.received(grassrootsTitle, y));
                excellent.add(ratedAtLeast(c, y, TaskRating.HTXSNV, maternityLeaveCounts));
                Optional<YearRecord> record = c.yearRecord(y);
                if (record.isEmpty() || record.get().initiatives() == null) {
                    applied.add(Status.UNKNOWN);
                } else {
                    applied.addAll(yearInitiatives(c, record.get(), Scope.CO_SO, true));
                }
                if (record.isEmpty() || record.get().researchTopics() == null) {
                    topics.add(Status.UNKNOWN);
                } else {
                    record.get().researchTopics().forEach(t -> topics.add(Status.MET));
                }
            }
            Status streak = Status.anyOf(Status.allOf(titles.toArray(Status[]::new)),
                    Status.allOf(excellent.toArray(Status[]::new)));
            Status byInitiatives = countAtLeast(applied, initiatives);
            Status byTopics = countAtLeast(topics, initiatives);
            Status works = Status.anyOf(byInitiatives, byTopics);
            String mixed = "";
            if (works == Status.NOT_MET && applied.contains(Status.MET) && topics.contains(Status.MET)) {
                works = Status.UNKNOWN;
                mixed = "; one initiative and one topic: whether that suffices is not settled";
            }
            String window = (end - consecutive + 1) + "–" + end;
            return new Finding(Status.allOf(streak, works), window + ": " + name(grassrootsTitle) + " or HTXSNV "
                    + consecutive + " years in a row " + describe(streak, "yes", "no", "not fully stated") + "; "
                    + initiatives + " grassroots initiatives applied and unused, or " + initiatives
                    + " accepted topics, " + describe(works, "yes", "no", "not fully stated") + mixed);
        }
    }

    /** The council's secret ballot: yes votes (absent members in writing) over the denominator reach the threshold. */
    record CouncilVoteShare(double threshold, String denominator, boolean secretBallot) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Facts.CouncilVote v = c.vote();
            if (v == null) {
                return Finding.unknown("no council vote is given (councilVote)");
            }
            if (secretBallot && v.secretBallot() == null) {
                return Finding.unknown("whether the vote was a secret ballot is not given");
            }
            if (secretBallot && !v.secretBallot()) {
                return Finding.notMet("the vote must be a secret ballot");
            }
            boolean total = denominator.equals("TOTAL_MEMBERS");
            Integer base = total ? v.membersTotal() : v.present();
            if (base == null || base == 0 || v.yes() == null || total && v.absentWrittenYes() == null) {
                return Finding.unknown("the tally is incomplete: " + (total ? "membersTotal, yes and absentWrittenYes"
                        : "present and yes") + " are needed");
            }
            int yes = v.yes() + (total ? v.absentWrittenYes() : 0);
            double share = (double) yes / base;
            String shown = String.format(Locale.ROOT, "%d of %d %s = %.1f%%; at least %.0f%% is required", yes, base,
                    total ? "council members (absent members in writing)" : "members present", share * 100,
                    threshold * 100);
            return share + 1e-9 >= threshold ? Finding.met(shown) : Finding.notMet(shown);
        }
    }

    /** A share of the collective's members: at least (or, {@code strict}, more than) {@code atLeast}. */
    record MemberShare(String field, double atLeast, boolean strict) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Integer members = c.nominee().members();
            Integer some = switch (field) {
                case "membersAdvancedWorkers" -> c.nominee().membersAdvancedWorkers();
                case "membersCompletedTasks" -> c.nominee().membersCompletedTasks();
                default -> c.nominee().membersBaseFighters();
            };
            if (members == null || some == null || members == 0) {
                return Finding.unknown("members and " + field + " are needed");
            }
            double share = (double) some / members;
            boolean ok = strict ? share > atLeast + 1e-9 : share + 1e-9 >= atLeast;
            String shown = String.format(Locale.ROOT, "%s: %d of %d = %.1f%%; %s %.0f%% is required", field, some,
                    members, share * 100, strict ? "more than" : "at least", atLeast * 100);
            return ok ? Finding.met(shown) : Finding.notMet(shown);
        }
    }

    record MembersAtLeast(String field, int count) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Integer some = field.equals("membersBaseFighters") ? c.nominee().membersBaseFighters()
                    : c.nominee().membersAdvancedWorkers();
            if (some == null) {
                return Finding.unknown(field + " is not given");
            }
            return some >= count ? Finding.met(field + ": " + some) : Finding.notMet(field + ": " + some
                    + "; at least " + count + " is required");
        }
    }

    /** Nobody in the collective disciplined at warning (cảnh cáo) or above. */
    record NoDisciplinedMembers() implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Integer disciplined = c.nominee().membersDisciplined();
            if (disciplined == null) {
                return Finding.unknown("how many members were disciplined at warning or above (membersDisciplined) "
                        + "is not given");
            }
            return disciplined == 0 ? Finding.met("no member disciplined at warning or above")
                    : Finding.notMet(disciplined + " member(s) disciplined at warning or above");
        }
    }

    /**
     * The Government's flag, one of: a leading collective of a cluster that exceeded its targets, with
     * solidarity and clean organisations (khoản 1); the leader of a Central Council cluster (khoản 2); the
     * collective leading a Prime-Minister movement of {@code movementYears} years or more, at its review (khoản 3).
     */
    record GovernmentFlagBasis(int movementYears) implements Rule {
        @Override
        public Finding evaluate(Case c) {
            Nominee n = c.nominee();
            Status annual = Status.allOf(Status.of(n.amongLeadingCollectivesOfClusters()),
                    Status.of(n.exceededTargets()), Status.of(n.solidarity()), Status.of(n.cleanPartyOrganisation()));
            Status central = Status.of(n.leadsCentralCouncilCluster());
            Facts.PmMovement m = n.leadsPrimeMinisterMovement();
            Status movement = m == null ? Status.UNKNOWN : Status.allOf(m.movementDurationYears() == null
                    ? Status.UNKNOWN : m.movementDurationYears() >= movementYears ? Status.MET : Status.NOT_MET,
                    Status.of(m.atReview()));
            return new Finding(Status.anyOf(annual, central, movement), "khoản 1 (leading in a cluster, targets "
                    + "exceeded, solidarity, clean organisations): " + describe(annual, "yes", "no", "not fully stated")
                    + "; khoản 2 (leads a Central Council cluster): " + describe(central, "yes", "no", "not stated")
                    + "; khoản 3 (leads a Prime-Minister movement of " + movementYears + "+ years, at its review): "
                    + describe(movement, "yes", "no", "not fully stated"));
        }
    }

    static String describe(Status status, String met, String notMet, String unknown) {
        return switch (status) {
            case MET -> met;
            case NOT_MET -> notMet;
            case UNKNOWN -> unknown;
        };
    }
}
