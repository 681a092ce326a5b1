package vn.tdkt.campaign.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static vn.tdkt.campaign.registration.RegistrationFixtures.CLOCK;
import static vn.tdkt.campaign.registration.RegistrationFixtures.DUC;
import static vn.tdkt.campaign.registration.RegistrationFixtures.HANG;
import static vn.tdkt.campaign.registration.RegistrationFixtures.officeForm;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.events.registration.IndividualTarget;
import vn.tdkt.support.problem.InvalidInputException;

class RegistrationTest {

    private static final RegistrationId OFFICE = new RegistrationId(RegistrationFixtures.CAMPAIGN_ID, "LS-STC-VP");

    private static Registration stored() {
        Registration registration = Registration.submit(OFFICE, "LS-STC", officeForm(), CLOCK).registration();
        registration.stored(0);
        return registration;
    }

    @Test
    void aFirstRegistrationAnnouncesItselfWhole() {
        Registration.Submission submission = Registration.submit(OFFICE, "LS-STC", officeForm(), CLOCK);

        assertThat(submission.events()).singleElement().asInstanceOf(type(CampaignRegistrationSubmitted.class))
                .satisfies(e -> {
                    assertThat(e.aggregateId()).isEqualTo(RegistrationFixtures.CAMPAIGN_ID + ":LS-STC-VP");
                    assertThat(e.aggregateVersion()).isZero();
                    assertThat(e.campaignId()).isEqualTo(RegistrationFixtures.CAMPAIGN_ID);
                    assertThat(e.unitCode()).isEqualTo("LS-STC-VP");
                    assertThat(e.organiserUnitCode()).isEqualTo("LS-STC");
                    assertThat(e.collectiveTitles()).containsExactly("Tập thể lao động xuất sắc");
                    assertThat(e.individuals()).containsExactly(HANG, DUC);
                    assertThat(e.occurredAt()).isEqualTo(CLOCK.instant());
                });
    }

    @Test
    void registeringAgainReplacesTheWholeRegistration() {
        Registration registration = stored();
        Clock later = Clock.offset(CLOCK, Duration.ofDays(3));

        var events = registration.resubmit(new Registration.Form(List.of("Tập thể lao động tiên tiến"), List.of(),
                List.of(HANG)), later);

        assertThat(registration.form().individuals()).containsExactly(HANG);
        assertThat(registration.submittedAt()).isEqualTo(later.instant());
        assertThat(registration.firstSubmittedAt()).isEqualTo(CLOCK.instant());
        assertThat(events).singleElement().asInstanceOf(type(CampaignRegistrationSubmitted.class)).satisfies(e -> {
            assertThat(e.aggregateVersion()).isEqualTo(1);
            assertThat(e.collectiveTitles()).containsExactly("Tập thể lao động tiên tiến");
            assertThat(e.commitments()).isEmpty();
        });
    }

    @Test
    void theSameRegistrationAgainChangesNothing() {
        Registration registration = stored();

        assertThat(registration.resubmit(new Registration.Form(List.of(" Tập thể lao động xuất sắc "),
                officeForm().commitments(), officeForm().individuals()), CLOCK)).isEmpty();
    }

    @Test
    void somethingMustBeRegistered() {
        assertThatThrownBy(() -> Registration.submit(OFFICE, "LS-STC", new Registration.Form(null, null, null), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("collectiveTitles"));
    }

    @Test
    void everyPersonNeedsANameAndATitle() {
        var noTitle = new Registration.Form(List.of(), List.of(), List.of(HANG, new IndividualTarget("Lê Văn An",
                "Kế toán", " ")));
        var noName = new Registration.Form(List.of(), List.of(), java.util.Arrays.asList(null, DUC));

        assertThatThrownBy(() -> Registration.submit(OFFICE, "LS-STC", noTitle, CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("individuals[1].title"));
        assertThatThrownBy(() -> Registration.submit(OFFICE, "LS-STC", noName, CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("individuals[0]"));
    }

    @Test
    void namesNeverAppearInItsTextForm() {
        Registration registration = stored();

        assertThat(registration.toString() + registration.form()).doesNotContain("Hằng", "Đức")
                .contains("2 individuals");
    }
}
