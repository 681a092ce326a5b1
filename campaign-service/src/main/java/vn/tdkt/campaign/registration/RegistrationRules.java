package vn.tdkt.campaign.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.campaign.campaign.CampaignFacts;
import vn.tdkt.support.problem.FieldError;

/**
 * When a unit may register for a campaign: while the campaign is launched, until its deadline (the
 * last day included, in Vietnam's calendar), and only a unit the campaign addresses (on its
 * distribution list or within its participants' subtree). Every reason to refuse is returned, so a
 * unit learns all that stands in its way at once.
 */
final class RegistrationRules {

    private RegistrationRules() {
    }

    /** The reasons to refuse, none when the unit may register today. */
    static List<FieldError> reasonsToRefuse(CampaignFacts campaign, boolean addressed, String unitCode,
                                            LocalDate today) {
        List<FieldError> reasons = new ArrayList<>();
        if (!campaign.acceptsRegistrations()) {
            reasons.add(new FieldError("phase", "the campaign is " + campaign.phase()
                    + "; units register only while it is LAUNCHED"));
        }
        if (today.isAfter(campaign.lastDayToRegister())) {
            reasons.add(new FieldError("registrationDeadline", (campaign.registrationDeadline() != null
                    ? "registrations closed on " + campaign.registrationDeadline()
                    : "the campaign ended on " + campaign.lastDayToRegister() + " and set no other deadline")
                    + "; today is " + today));
        }
        if (!addressed) {
            reasons.add(new FieldError("unitCode", "unit " + unitCode + " is neither on the campaign's distribution"
                    + " list nor within its participants" + (campaign.participantsRootUnitCode() == null ? ""
                    : " (" + campaign.participantsRootUnitCode() + " and the units below it)")));
        }
        return List.copyOf(reasons);
    }
}
