package vn.tdkt.delegate.delegation;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.annotation.PersistenceCreator;
import vn.tdkt.delegate.congress.DelegateAttribute;
import vn.tdkt.support.problem.FieldError;

/**
 * One delegate on a list: who they are (name, birth year, gender, ethnicity, position), why they come
 * ({@link Category}) and what they count for in the congress's composition. Picked from the exemplary people of
 * the unit's subtree ({@code exemplaryPersonId} set, name copied from there) or entered by hand.
 *
 * @param id                the delegate's id within the list, {@code d-1}, {@code d-2}, … (never reused)
 * @param sector            the economic sector the delegate works in, or null when not given
 * @param exemplaryPersonId the {@code exemplary_people} id the delegate was picked from; null when entered by hand
 * @param distinctPerson    the unit's confirmation that this delegate is not the namesake (same name and birth year)
 *                          on another list, or null; see {@link ListPolicies#duplicates}
 */
record Delegate(String id, String fullName, int birthYear, Gender gender, String ethnicity, String position,
                Category category, boolean directProducerOrWorker, boolean scientist, EconomicSector sector,
                String exemplaryPersonId, DistinctPerson distinctPerson) {

    @PersistenceCreator
    Delegate {
    }

    /** A delegate nobody has confirmed anything about yet. */
    Delegate(String id, String fullName, int birthYear, Gender gender, String ethnicity, String position,
             Category category, boolean directProducerOrWorker, boolean scientist, EconomicSector sector,
             String exemplaryPersonId) {
        this(id, fullName, birthYear, gender, ethnicity, position, category, directProducerOrWorker, scientist, sector,
                exemplaryPersonId, null);
    }

    /**
     * "This is another person than the namesake elsewhere", said by the list's unit with its reason (e.g. "khác quê
     * quán, khác đơn vị công tác"), who said it and when: kept on the entry for the record and the audit.
     */
    record DistinctPerson(String reason, String by, Instant at) {
    }

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 500;
    /** Nobody born before this still takes part; a birth year before it is a typing error. */
    static final int FIRST_BIRTH_YEAR = 1900;
    /** Kinh is the majority (dân tộc Kinh); every other ethnicity counts as an ethnic minority. */
    static final String MAJORITY_ETHNICITY = "kinh";

    /** How the delegate came onto the list. */
    String source() {
        return exemplaryPersonId == null ? "MANUAL" : "EXEMPLARY_REGISTER";
    }

    boolean ethnicMinority() {
        return ethnicity != null && !fold(ethnicity).equals(MAJORITY_ETHNICITY);
    }

    /** The groups the congress's composition targets count this delegate in. */
    Set<DelegateAttribute> attributes() {
        Set<DelegateAttribute> attributes = EnumSet.noneOf(DelegateAttribute.class);
        if (gender == Gender.FEMALE) {
            attributes.add(DelegateAttribute.WOMEN);
        }
        if (ethnicMinority()) {
            attributes.add(DelegateAttribute.ETHNIC_MINORITY);
        }
        if (directProducerOrWorker) {
            attributes.add(DelegateAttribute.DIRECT_PRODUCER_OR_WORKER);
        }
        if (scientist) {
            attributes.add(DelegateAttribute.SCIENTIST);
        }
        if (sector != null && sector != EconomicSector.STATE) {
            attributes.add(DelegateAttribute.NON_STATE_SECTOR);
        }
        return attributes;
    }

    /**
     * The keys by which the same person is recognised on two lists: the exemplary person's id when picked from
     * there, and always the folded name with the birth year (so a person picked on one list and typed by hand on
     * another is still found).
     */
    List<String> personKeys() {
        List<String> keys = new ArrayList<>(2);
        if (exemplaryPersonId != null) {
            keys.add("exemplary:" + exemplaryPersonId);
        }
        keys.add(nameKey());
        return keys;
    }

    Delegate withId(String newId) {
        return new Delegate(newId, fullName, birthYear, gender, ethnicity, position, category, directProducerOrWorker,
                scientist, sector, exemplaryPersonId, distinctPerson);
    }

    Delegate confirmedDistinct(DistinctPerson confirmation) {
        return new Delegate(id, fullName, birthYear, gender, ethnicity, position, category, directProducerOrWorker,
                scientist, sector, exemplaryPersonId, confirmation);
    }

    /** The name key of {@link #personKeys()}: folded name and birth year. */
    String nameKey() {
        return "name:" + fold(fullName) + "|" + birthYear;
    }

    /**
     * Case, spacing and Unicode form are folded, diacritics are not: in Vietnamese they tell names apart
     * (Hùng and Hưng are two people), so stripping them would report different people as one.
     */
    static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Every missing or impossible field, named by its path under {@code prefix}. */
    static List<FieldError> problems(Delegate d, int currentYear, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, prefix + "fullName", d.fullName(), MAX_NAME);
        if (d.birthYear() < FIRST_BIRTH_YEAR || d.birthYear() > currentYear) {
            errors.add(new FieldError(prefix + "birthYear", "must be a year from " + FIRST_BIRTH_YEAR + " to "
                    + currentYear));
        }
        if (d.gender() == null) {
            errors.add(new FieldError(prefix + "gender", "is required: MALE or FEMALE"));
        }
        text(errors, prefix + "ethnicity", d.ethnicity(), MAX_NAME);
        text(errors, prefix + "position", d.position(), MAX_TEXT);
        if (d.category() == null) {
            errors.add(new FieldError(prefix + "category", "is required: EXEMPLARY, GUEST or LEADER"));
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
