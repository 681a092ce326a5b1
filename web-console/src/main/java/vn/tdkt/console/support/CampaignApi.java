package vn.tdkt.console.support;

import org.springframework.web.client.RestClient;

/** campaign-service's API (tdkt.console.services.campaign), as the signed-in user. */
public class CampaignApi extends ServiceClient {

    CampaignApi(RestClient rest) {
        super("campaign", rest);
    }
}
