package vn.tdkt.notification.subscription;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Which kinds of email a unit receives, and how (at once, in a daily digest, or not at all). A unit's officers
 * manage it (MANAGE_UNITS on that unit: its emulation officer, or one above it, or an administrator); anyone
 * signed in reads it (READ_DIRECTORY: modes per kind, nothing personal). The PUT is audited.
 */
@RestController
@RequestMapping("/api/v1/subscriptions/{unitCode}")
class SubscriptionController {

    private final Subscriptions subscriptions;
    private final UnitDirectory units;
    private final Authorizer authorizer;

    SubscriptionController(Subscriptions subscriptions, UnitDirectory units, Authorizer authorizer) {
        this.subscriptions = subscriptions;
        this.units = units;
        this.authorizer = authorizer;
    }

    @GetMapping
    SubscriptionResponse get(@PathVariable String unitCode) {
        authorizer.require(Action.READ_DIRECTORY, unitCode);
        requireKnown(unitCode);
        return new SubscriptionResponse(unitCode, subscriptions.of(unitCode));
    }

    /** 400 naming {@code kinds.<kind>} for a kind that does not exist; 404 for a unit not in the projection. */
    @PutMapping
    SubscriptionResponse put(@PathVariable String unitCode, @Valid @RequestBody SubscriptionRequest request) {
        Audit.command("subscription.replace", "unit:" + unitCode);
        authorizer.require(Action.MANAGE_UNITS, unitCode);
        List<FieldError> unknown = request.kinds().keySet().stream()
                .filter(kind -> !Subscriptions.kinds().contains(kind))
                .map(kind -> new FieldError("kinds." + kind, "not a subscribable kind; one of " + Subscriptions.kinds()))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        requireKnown(unitCode);
        Actor actor = authorizer.actor();
        subscriptions.replace(unitCode, request.kinds(), actor.username());
        return new SubscriptionResponse(unitCode, subscriptions.of(unitCode));
    }

    private void requireKnown(String unitCode) {
        if (units.find(unitCode).isEmpty()) {
            throw new vn.tdkt.support.problem.NotFoundException("Unit " + unitCode + " is not known here");
        }
    }

    /** @param kinds the mode per kind; kinds left out are IMMEDIATE */
    record SubscriptionRequest(@NotNull Map<String, @NotNull DeliveryMode> kinds) {
    }

    record SubscriptionResponse(String unitCode, Map<String, DeliveryMode> kinds) {
    }
}
