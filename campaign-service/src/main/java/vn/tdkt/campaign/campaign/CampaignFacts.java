package vn.tdkt.campaign.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as other features see it, with the campaign's own answers to the questions they ask,
 * so that its phase machine stays inside this package.
 *
 * @param acceptsRegistrations whether its phase lets units register now (launched)
 * @param lastDayToRegister    the registration deadline, or the campaign's end when it sets none
 */
public record CampaignFacts(String id, String title, String organiserUnitCode, String phase,
                            List<String> recipientUnitCodes, String participantsRootUnitCode,
                            boolean acceptsRegistrations, LocalDate registrationDeadline,
                            LocalDate lastDayToRegister) {

    public CampaignFacts {
        recipientUnitCodes = List.copyOf(recipientUnitCodes);
    }
}
