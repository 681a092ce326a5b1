package vn.tdkt.console.support;

import org.springframework.web.client.RestClient;

/** notification-service's API (tdkt.console.services.notification), as the signed-in user. */
public class NotificationApi extends ServiceClient {

    NotificationApi(RestClient rest) {
        super("notification", rest);
    }
}
