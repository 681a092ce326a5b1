package vn.tdkt.console.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.NotificationApi;
import vn.tdkt.console.support.ServiceClient;
import vn.tdkt.console.support.ServiceProblem;

/**
 * The four services an operator looks after, by the name the screens use ({@code ?service=nomination}); each
 * serves the same operator endpoints from service-support (dead letters, parked outbox events, audit verification).
 */
final class OperatedServices {

    static final List<String> NAMES = List.of("campaign", "nomination", "delegate", "notification");

    private final Map<String, ServiceClient> byName = new LinkedHashMap<>();

    OperatedServices(CampaignApi campaigns, NominationApi nominations, DelegateApi delegates, NotificationApi notifications) {
        byName.put("campaign", campaigns);
        byName.put("nomination", nominations);
        byName.put("delegate", delegates);
        byName.put("notification", notifications);
    }

    /** The client of a service named in a request; an unknown name is the user's input, refused naming the field. */
    ServiceClient of(String name) {
        ServiceClient client = byName.get(name);
        if (client == null) {
            throw new ServiceProblem(null, 400, null, null,
                    List.of(new ServiceProblem.FieldProblem("service", "must be one of " + NAMES)), null);
        }
        return client;
    }

    static String orDefault(String name) {
        return name == null || name.isBlank() ? NAMES.getFirst() : name.strip();
    }
}
