package vn.tdkt.campaign.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.events.registration.IndividualTarget;
import vn.tdkt.events.registration.RegistrationEvent;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * A unit's registration for a campaign (đăng ký thi đua): the titles the unit aims for as a collective,
 * the targets it commits to, and the titles its people aim for. Registering again replaces the whole
 * registration (a new version). When a unit may register is {@link RegistrationRules}' to say, checked
 * by the application service before either command. People's names are personal data: nothing here
 * logs them, and {@link #toString()} leaves them out.
 */
final class Registration {

    static final int MAX_TEXT_LENGTH = 500;

    private final RegistrationId id;
    private final String organiserUnitCode;
    private final Instant firstSubmittedAt;
    private Form form;
    private Instant submittedAt;
    /** The stored version this state was read at; {@code null} until first stored. */
    private Long version;

    private Registration(RegistrationId id, String organiserUnitCode, Form form, Instant firstSubmittedAt,
                         Instant submittedAt, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.organiserUnitCode = organiserUnitCode;
        this.form = form;
        this.firstSubmittedAt = firstSubmittedAt;
        this.submittedAt = submittedAt;
        this.version = version;
    }

    /** A unit's first registration and its event. */
    static Submission submit(RegistrationId id, String organiserUnitCode, Form form, Clock clock) {
        Instant now = clock.instant();
        Registration registration = new Registration(id, organiserUnitCode, valid(form), now, now, null);
        return new Submission(registration, List.of(registration.submitted()));
    }

    static Registration restore(RegistrationId id, String organiserUnitCode, Form form, Instant firstSubmittedAt,
                                Instant submittedAt, long version) {
        return new Registration(id, organiserUnitCode, form, firstSubmittedAt, submittedAt, version);
    }

    /** Replaces what the unit registered; the same registration again changes nothing and emits nothing. */
    List<RegistrationEvent> resubmit(Form newForm, Clock clock) {
        Form checked = valid(newForm);
        if (checked.equals(form)) {
            return List.of();
        }
        form = checked;
        submittedAt = clock.instant();
        return List.of(submitted());
    }

    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    private CampaignRegistrationSubmitted submitted() {
        return new CampaignRegistrationSubmitted(UUID.randomUUID(), submittedAt, id.value(),
                version == null ? 0 : version + 1, id.campaignId(), id.unitCode(), organiserUnitCode,
                form.collectiveTitles(), form.commitments(), form.individuals());
    }

    /** Texts trimmed and required, lists de-duplicated in their first order, and something registered. */
    private static Form valid(Form form) {
        if (form == null) {
            throw new InvalidInputException("body", "must not be null");
        }
        List<String> titles = texts("collectiveTitles", form.collectiveTitles());
        List<String> commitments = texts("commitments", form.commitments());
        LinkedHashSet<IndividualTarget> individuals = new LinkedHashSet<>();
        for (int i = 0; i < form.individuals().size(); i++) {
            IndividualTarget person = form.individuals().get(i);
            String at = "individuals[" + i + "]";
            if (person == null) {
                throw new InvalidInputException(at, "must not be null");
            }
            individuals.add(new IndividualTarget(required(at + ".name", person.name()),
                    optional(at + ".position", person.position()), required(at + ".title", person.title())));
        }
        if (titles.isEmpty() && commitments.isEmpty() && individuals.isEmpty()) {
            throw new InvalidInputException("collectiveTitles",
                    "a registration names at least one collective title, commitment or individual");
        }
        return new Form(titles, commitments, List.copyOf(individuals));
    }

    private static List<String> texts(String field, List<String> given) {
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            texts.add(required(field + "[" + i + "]", given.get(i)));
        }
        return new ArrayList<>(texts);
    }

    private static String required(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }

    private static String optional(String field, String value) {
        return value == null || value.isBlank() ? null : required(field, value);
    }

    RegistrationId id() {
        return id;
    }

    String organiserUnitCode() {
        return organiserUnitCode;
    }

    Form form() {
        return form;
    }

    Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Registration " + id + " v" + version; // never the names
    }

    /** What a unit registers; lists are never null. */
    record Form(List<String> collectiveTitles, List<String> commitments, List<IndividualTarget> individuals) {

        Form {
            collectiveTitles = copy(collectiveTitles);
            commitments = copy(commitments);
            individuals = copy(individuals);
        }

        /** Unmodifiable, and nulls kept for validation to name them (List.copyOf would throw). */
        private static <T> List<T> copy(List<T> list) {
            return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
        }

        @Override
        public String toString() {
            return "Form[" + collectiveTitles.size() + " titles, " + commitments.size() + " commitments, "
                    + individuals.size() + " individuals]";
        }
    }

    /** A first registration with the event that announces it. */
    record Submission(Registration registration, List<RegistrationEvent> events) {
    }
}
