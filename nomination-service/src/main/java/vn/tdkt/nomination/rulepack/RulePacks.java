package vn.tdkt.nomination.rulepack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.tdkt.nomination.award.AuthorityLookup;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * Every rule pack the service knows: the built-in ones ({@code classpath:rule-packs/}) and those in
 * {@code tdkt.rule-packs.extra-location}. Read and checked when the service starts; any problem stops it,
 * naming the file and the field. A provincial pack ({@code extends}) is merged over its national base.
 */
public final class RulePacks implements AuthorityLookup {

    static final String BUILT_IN = "classpath*:rule-packs/*.yaml";

    private final List<RulePack> packs;

    RulePacks(List<RulePack> packs) {
        this.packs = List.copyOf(packs);
    }

    /** Reads and checks every pack; throws {@link InvalidRulePackException} listing every problem. */
    public static RulePacks load(RulePackProperties properties) {
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUILT_IN);
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    files.put("rule-packs/" + resource.getFilename(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            problems.add("rule-packs/: cannot be read: " + e.getMessage());
        }
        if (properties != null && properties.extraLocation() != null && !properties.extraLocation().isBlank()) {
            Path dir = Path.of(properties.extraLocation());
            if (!Files.isDirectory(dir)) {
                problems.add("tdkt.rule-packs.extra-location: " + dir + " is not a directory");
            } else {
                try (Stream<Path> listing = Files.list(dir)) {
                    for (Path file : listing.filter(RulePacks::isPackFile).sorted().toList()) {
                        files.put(file.toString(), Files.readAllBytes(file));
                    }
                } catch (IOException e) {
                    problems.add(dir + ": cannot be read: " + e.getMessage());
                }
            }
        }
        return of(files, problems);
    }

    /** The packs of these files (file name → content), checked like {@link #load}'s; problems go to the list. */
    public static RulePacks of(Map<String, byte[]> files, List<String> problems) {
        List<RulePack> read = new ArrayList<>();
        files.forEach((name, content) -> {
            RulePack pack = RulePackReader.read(name, content, problems);
            if (pack != null) {
                read.add(pack);
            }
        });
        List<RulePack> merged = crossCheck(read, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRulePackException(problems);
        }
        return new RulePacks(merged);
    }

    private static boolean isPackFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    /** Ids unique, national ranges disjoint, a provincial pack inside its base's range; merges provincial packs. */
    private static List<RulePack> crossCheck(List<RulePack> read, List<String> problems) {
        Map<String, RulePack> byId = new LinkedHashMap<>();
        for (RulePack pack : read) {
            RulePack earlier = byId.putIfAbsent(pack.id(), pack);
            if (earlier != null) {
                problems.add(pack.source() + ": id: '" + pack.id() + "' is already the id of " + earlier.source());
            }
        }
        List<RulePack> national = read.stream().filter(p -> !p.provincial())
                .sorted(Comparator.comparing(RulePack::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        for (int i = 1; i < national.size(); i++) {
            RulePack before = national.get(i - 1);
            RulePack after = national.get(i);
            if (before.effectiveTo() == null || after.effectiveFrom() == null
                    || !after.effectiveFrom().isAfter(before.effectiveTo())) {
                problems.add(after.source() + ": effectiveFrom: the range overlaps that of " + before.id() + " ("
                        + before.source() + "); national packs must not overlap, a decision date selects one");
            }
        }
        List<RulePack> result = new ArrayList<>(national);
        for (RulePack pack : read) {
            if (!pack.provincial()) {
                continue;
            }
            RulePack base = byId.get(pack.basePackId());
            if (base == null || base.provincial()) {
                problems.add(pack.source() + ": extends: '" + pack.basePackId() + "' is not a national pack "
                        + "(known: " + national.stream().map(RulePack::id).toList() + ")");
                continue;
            }
            if (!within(pack, base)) {
                problems.add(pack.source() + ": effectiveFrom: the range " + range(pack) + " must lie within "
                        + base.id() + "'s " + range(base));
                continue;
            }
            result.add(merge(base, pack));
        }
        return result;
    }

    private static boolean within(RulePack pack, RulePack base) {
        boolean startInside = base.effectiveFrom() == null
                || pack.effectiveFrom() != null && !pack.effectiveFrom().isBefore(base.effectiveFrom());
        boolean endInside = base.effectiveTo() == null
                || pack.effectiveTo() != null && !pack.effectiveTo().isAfter(base.effectiveTo());
        return startInside && endInside;
    }

    /** The base's awards with the province's entries in their place: what the province states wins. */
    private static RulePack merge(RulePack base, RulePack overlay) {
        Map<String, RulePack.AwardRules> awards = new LinkedHashMap<>(base.awards());
        overlay.awards().forEach((code, own) -> {
            RulePack.AwardRules inherited = awards.get(code);
            if (inherited == null) {
                awards.put(code, own);
            } else {
                awards.put(code, new RulePack.AwardRules(code,
                        own.authority().isEmpty() && own.authorityUnconfirmed() == null ? inherited.authority()
                                : own.authority(),
                        own.authority().isEmpty() && own.authorityUnconfirmed() == null
                                ? inherited.authorityUnconfirmed() : own.authorityUnconfirmed(),
                        own.quota() == null ? inherited.quota() : own.quota(),
                        own.criteria().isEmpty() ? inherited.criteria() : own.criteria()));
            }
        });
        List<String> instruments = new ArrayList<>(base.instruments());
        instruments.addAll(overlay.instruments());
        return new RulePack(overlay.id(), overlay.name(), overlay.jurisdiction(), overlay.basePackId(),
                overlay.effectiveFrom(), overlay.effectiveTo(), instruments, overlay.notes(), overlay.source(),
                overlay.sha256(), awards);
    }

    private static String range(RulePack pack) {
        return "[" + (pack.effectiveFrom() == null ? "…" : pack.effectiveFrom()) + ", "
                + (pack.effectiveTo() == null ? "…" : pack.effectiveTo()) + "]";
    }

    /** National packs by start date, then provincial ones by id. */
    public List<RulePack> all() {
        return packs.stream().sorted(Comparator.comparing(RulePack::provincial)
                .thenComparing(RulePack::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(RulePack::id)).toList();
    }

    public Optional<RulePack> byId(String id) {
        return packs.stream().filter(pack -> pack.id().equals(id)).findFirst();
    }

    /**
     * The pack that governs a decision dated {@code date}: the one named (it must cover the date), else the
     * provincial pack covering it if exactly one does, else the national one.
     *
     * @throws RuleViolationException (422) naming {@code rulePack} or {@code decisionDate}
     */
    public RulePack select(LocalDate date, String id) {
        if (id != null) {
            RulePack named = byId(id).orElseThrow(() -> new RuleViolationException("No rule pack " + id,
                    List.of(new FieldError("rulePack", "no rule pack '" + id + "'; known: "
                            + packs.stream().map(RulePack::id).sorted().toList()))));
            if (!named.covers(date)) {
                throw new RuleViolationException("Rule pack " + id + " does not govern " + date, List.of(
                        new FieldError("decisionDate", date + " is outside " + id + "'s range " + range(named))));
            }
            return named;
        }
        List<RulePack> provincial = packs.stream().filter(p -> p.provincial() && p.covers(date)).toList();
        if (provincial.size() > 1) {
            throw new RuleViolationException("Several provincial rule packs govern " + date, List.of(new FieldError(
                    "rulePack", "name one of " + provincial.stream().map(RulePack::id).sorted().toList())));
        }
        if (provincial.size() == 1) {
            return provincial.getFirst();
        }
        return packs.stream().filter(p -> !p.provincial() && p.covers(date)).findFirst()
                .orElseThrow(() -> new RuleViolationException("No rule pack governs " + date, List.of(new FieldError(
                        "decisionDate", date + " is outside every rule pack: " + packs.stream()
                                .filter(p -> !p.provincial()).map(p -> p.id() + " " + range(p)).toList()))));
    }

    @Override
    public Authority authorityOf(String awardCode, LocalDate date) {
        Optional<RulePack> pack = packs.stream().filter(p -> !p.provincial() && p.covers(date)).findFirst();
        List<RulePack> provincial = packs.stream().filter(p -> p.provincial() && p.covers(date)).toList();
        if (provincial.size() == 1) {
            pack = Optional.of(provincial.getFirst());
        }
        if (pack.isEmpty()) {
            return new Authority(null, List.of(), "no rule pack governs " + date);
        }
        String id = pack.get().id();
        return pack.get().rulesFor(awardCode)
                .map(rules -> new Authority(id, rules.authority().stream()
                        .map(g -> new Grant(g.level(), g.grantedBy(), g.citation())).toList(),
                        rules.authorityUnconfirmed()))
                .orElseGet(() -> new Authority(id, List.of(), "the rule pack " + id + " says nothing of this award"));
    }
}
