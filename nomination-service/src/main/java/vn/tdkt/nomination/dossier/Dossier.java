package vn.tdkt.nomination.dossier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.award.Award;
import vn.tdkt.nomination.award.AwardBasis;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.award.Recipient;
import vn.tdkt.support.problem.FieldError;

/**
 * What a dossier (hồ sơ đề nghị khen thưởng) says: who is proposed, for which award, on which basis, in which
 * campaign and year, their achievements, the evidence and the attachments' metadata (the files themselves are
 * kept elsewhere; their hash ties them to the dossier). Values, checked once by {@link #problems}.
 */
record Dossier(Nominee nominee, String awardCode, AwardBasis basis, String campaignId, int year, String achievements,
               Evidence evidence, List<Attachment> attachments) {

    static final String CODE = "^[A-Za-z0-9._-]{1,64}$";
    /** Compiled once: {@code String.matches} compiles on every call, and an import checks every row. */
    private static final Pattern CODE_PATTERN = Pattern.compile(CODE);
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("^[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+$");
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");
    static final int FIRST_YEAR = 1945;
    static final int LAST_YEAR = 2100;
    static final int MAX_ACHIEVEMENTS = 20_000;
    static final int MAX_ATTACHMENTS = 50;
    static final long MAX_ATTACHMENT_BYTES = 100L * 1024 * 1024;

    Dossier {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /**
     * A person (name, position, unit, gender, ethnicity, birth year, category of staff) or a collective (name
     * and unit). {@code nomineeId} is stable across dossiers, so honours history and initiatives apply.
     */
    record Nominee(RecipientKind kind, String nomineeId, String name, String position, String unitCode, Gender gender,
                   String ethnicity, Integer birthYear, String category) {
    }

    enum Gender { MALE, FEMALE }

    /** Yearly task rating: completed excellently, well, completed, not completed (HTXSNV … KHTNV). */
    enum TaskRating { HTXSNV, HTTNV, HTNV, KHTNV }

    enum DisciplineStatus { NONE, UNDER_CONSIDERATION, IN_FORCE, SERVED }

    /**
     * The evidence: task ratings per year, earlier honours (read as complete for the rated years), initiatives
     * by id; whether the nominee is disciplined, when the dossier says; a collective's rating and counts.
     */
    record Evidence(List<YearRating> taskRatings, List<EarlierHonour> earlierHonours, List<String> initiativeIds,
                    DisciplineStatus discipline, TaskRating collectiveRating, Integer members,
                    Integer membersAdvancedWorkers) {

        static final Evidence NONE = new Evidence(List.of(), null, null, null, null, null, null);

        Evidence {
            taskRatings = taskRatings == null ? List.of() : List.copyOf(taskRatings);
            earlierHonours = earlierHonours == null ? null : List.copyOf(earlierHonours);
            initiativeIds = initiativeIds == null ? null : List.copyOf(initiativeIds);
        }

        Evidence prefilled(List<EarlierHonour> honours, List<String> initiatives) {
            return new Evidence(taskRatings, earlierHonours == null ? honours : earlierHonours,
                    initiativeIds == null ? initiatives : initiativeIds, discipline, collectiveRating, members,
                    membersAdvancedWorkers);
        }
    }

    record YearRating(Integer year, TaskRating rating) {
    }

    /** An award received earlier, by catalogue code (a name is resolved on the way in). */
    record EarlierHonour(String awardCode, Integer year, String decisionNumber) {
    }

    /** An attachment's metadata only: name, media type, size in bytes and SHA-256 of the content. */
    record Attachment(String name, String mediaType, Long size, String sha256) {
    }

    Award award() {
        return AwardCatalogue.byCode(awardCode).orElseThrow();
    }

    /** Every bad field, named by its JSON path; the award is resolved by the caller (a code or a name). */
    static List<FieldError> problems(Nominee n, Award award, AwardBasis basis, Integer year, String achievements,
                                     Evidence evidence, List<Attachment> attachments) {
        List<FieldError> errors = new ArrayList<>();
        if (n == null) {
            errors.add(new FieldError("nominee", "must be given"));
        } else {
            nominee(n, errors);
            if (award != null && n.kind() != null && !award.recipient().admits(Recipient.valueOf(n.kind().name()))) {
                errors.add(new FieldError("award", award.name() + " is not given to a "
                        + (n.kind() == RecipientKind.INDIVIDUAL ? "person" : "collective")));
            }
        }
        if (award != null && basis != null && !award.bases().contains(basis)) {
            errors.add(new FieldError("basis", award.name() + " is given on the bases " + award.bases()));
        }
        if (basis == null) {
            errors.add(new FieldError("basis", "must be one of " + List.of(AwardBasis.values())));
        }
        year(errors, "year", year, true);
        if (achievements != null && achievements.length() > MAX_ACHIEVEMENTS) {
            errors.add(new FieldError("achievements", "must be at most " + MAX_ACHIEVEMENTS + " characters"));
        }
        if (evidence != null) {
            evidence(evidence, errors);
        }
        if (attachments != null) {
            if (attachments.size() > MAX_ATTACHMENTS) {
                errors.add(new FieldError("attachments", "at most " + MAX_ATTACHMENTS + " attachments"));
            }
            for (int i = 0; i < attachments.size(); i++) {
                attachment(attachments.get(i), "attachments[" + i + "].", errors);
            }
        }
        return errors;
    }

    private static void nominee(Nominee n, List<FieldError> errors) {
        if (n.kind() == null) {
            errors.add(new FieldError("nominee.kind", "must be INDIVIDUAL or COLLECTIVE"));
        }
        code(errors, "nominee.nomineeId", n.nomineeId());
        text(errors, "nominee.name", n.name(), 200, true);
        code(errors, "nominee.unitCode", n.unitCode());
        if (n.kind() == RecipientKind.COLLECTIVE) {
            if (n.position() != null || n.gender() != null || n.ethnicity() != null || n.birthYear() != null) {
                errors.add(new FieldError("nominee", "position, gender, ethnicity and birthYear describe a person, "
                        + "not a collective"));
            }
        } else {
            text(errors, "nominee.position", n.position(), 200, false);
            text(errors, "nominee.ethnicity", n.ethnicity(), 100, false);
            if (n.birthYear() != null && (n.birthYear() < 1900 || n.birthYear() > LAST_YEAR)) {
                errors.add(new FieldError("nominee.birthYear", "must be between 1900 and " + LAST_YEAR));
            }
        }
        text(errors, "nominee.category", n.category(), 100, false);
    }

    private static void evidence(Evidence e, List<FieldError> errors) {
        Set<Integer> rated = new HashSet<>();
        for (int i = 0; i < e.taskRatings().size(); i++) {
            YearRating r = e.taskRatings().get(i);
            String at = "evidence.taskRatings[" + i + "]";
            if (r == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (year(errors, at + ".year", r.year(), true) && !rated.add(r.year())) {
                errors.add(new FieldError(at + ".year", r.year() + " is rated twice"));
            }
            if (r.rating() == null) {
                errors.add(new FieldError(at + ".rating", "must be one of " + List.of(TaskRating.values())));
            }
        }
        if (e.earlierHonours() != null) {
            for (int i = 0; i < e.earlierHonours().size(); i++) {
                EarlierHonour h = e.earlierHonours().get(i);
                String at = "evidence.earlierHonours[" + i + "]";
                if (h == null || h.awardCode() == null) {
                    errors.add(new FieldError(at + ".awardCode", "must be a code or a name of the award catalogue"));
                }
                if (h != null) {
                    year(errors, at + ".year", h.year(), true);
                    text(errors, at + ".decisionNumber", h.decisionNumber(), 100, false);
                }
            }
        }
        if (e.initiativeIds() != null) {
            for (int i = 0; i < e.initiativeIds().size(); i++) {
                code(errors, "evidence.initiativeIds[" + i + "]", e.initiativeIds().get(i));
            }
        }
        if (e.members() != null && e.members() < 1) {
            errors.add(new FieldError("evidence.members", "must be at least 1"));
        }
        if (e.membersAdvancedWorkers() != null && (e.membersAdvancedWorkers() < 0
                || e.members() != null && e.membersAdvancedWorkers() > e.members())) {
            errors.add(new FieldError("evidence.membersAdvancedWorkers", "must be between 0 and members"));
        }
    }

    private static void attachment(Attachment a, String at, List<FieldError> errors) {
        if (a == null) {
            errors.add(new FieldError(at.substring(0, at.length() - 1), "must not be null"));
            return;
        }
        text(errors, at + "name", a.name(), 255, true);
        if (a.mediaType() == null || !MEDIA_TYPE.matcher(a.mediaType()).matches()) {
            errors.add(new FieldError(at + "mediaType", "must be a media type such as application/pdf"));
        }
        if (a.size() == null || a.size() < 1 || a.size() > MAX_ATTACHMENT_BYTES) {
            errors.add(new FieldError(at + "size", "must be between 1 and " + MAX_ATTACHMENT_BYTES + " bytes"));
        }
        if (a.sha256() == null || !SHA256.matcher(a.sha256()).matches()) {
            errors.add(new FieldError(at + "sha256", "must be 64 lower-case hexadecimal digits"));
        }
    }

    private static boolean year(List<FieldError> errors, String field, Integer year, boolean required) {
        if (year == null) {
            if (required) {
                errors.add(new FieldError(field, "must be given"));
            }
            return false;
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new FieldError(field, "must be between " + FIRST_YEAR + " and " + LAST_YEAR));
            return false;
        }
        return true;
    }

    private static void code(List<FieldError> errors, String field, String value) {
        if (value == null || !CODE_PATTERN.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be 1–64 letters, digits, '.', '_' or '-'"));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "must not be blank"));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    /** What an appraisal finds missing before eligibility is even asked: the dossier is not complete. */
    List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        if (achievements == null || achievements.isBlank()) {
            gaps.add("Thiếu báo cáo thành tích (achievements)");
        }
        if (nominee.kind() == RecipientKind.INDIVIDUAL) {
            if (nominee.position() == null) {
                gaps.add("Thiếu chức vụ của cá nhân được đề nghị (nominee.position)");
            }
            if (evidence.taskRatings().stream().noneMatch(r -> r.year() == year)) {
                gaps.add("Thiếu kết quả xếp loại nhiệm vụ năm " + year + " (evidence.taskRatings)");
            }
        } else if (evidence.collectiveRating() == null) {
            gaps.add("Thiếu kết quả xếp loại của tập thể năm " + year + " (evidence.collectiveRating)");
        }
        return gaps;
    }
}
