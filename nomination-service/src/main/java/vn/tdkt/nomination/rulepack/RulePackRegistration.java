package vn.tdkt.nomination.rulepack;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.events.nomination.RulePackChanged;
import vn.tdkt.events.nomination.RulePackLoaded;
import vn.tdkt.support.outbox.OutboxRelay;

/**
 * Once the service is up, tells the platform which packs it now applies: a pack never seen before is
 * announced as loaded, one whose file changed as changed, an unchanged one not at all. Several instances
 * starting together race on the same record; the loser's write fails and it leaves the winner's.
 */
@Component
class RulePackRegistration {

    private static final Logger log = LoggerFactory.getLogger(RulePackRegistration.class);

    private final RulePacks packs;
    private final RulePackRepository records;
    private final OutboxRelay relay;
    private final Clock clock;

    RulePackRegistration(RulePacks packs, RulePackRepository records, OutboxRelay relay, Clock clock) {
        this.packs = packs;
        this.records = records;
        this.relay = relay;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (RulePack pack : packs.all()) {
            try {
                registerOne(pack);
            } catch (DuplicateKeyException | OptimisticLockingFailureException concurrent) {
                log.info("Rule pack {} was registered by another instance meanwhile", pack.id());
            }
        }
        relay.nudge();
    }

    private void registerOne(RulePack pack) {
        Instant now = clock.instant();
        var stored = records.find(pack.id());
        if (stored.isEmpty()) {
            records.insert(pack, now, event(pack, now, 0, false));
            log.info("Rule pack {} loaded from {} for the first time", pack.id(), pack.source());
        } else if (!pack.sha256().equals(stored.get().sha256())) {
            long read = stored.get().version();
            records.update(pack, now, read, event(pack, now, read + 1, true));
            log.info("Rule pack {} changed ({})", pack.id(), pack.source());
        }
    }

    private static NominationEvent event(RulePack pack, Instant at, long version, boolean changed) {
        var codes = pack.awards().keySet().stream().sorted().toList();
        return changed
                ? new RulePackChanged(UUID.randomUUID(), at, pack.id(), version, pack.name(), pack.jurisdiction(),
                        pack.basePackId(), pack.effectiveFrom(), pack.effectiveTo(), pack.sha256(), codes)
                : new RulePackLoaded(UUID.randomUUID(), at, pack.id(), version, pack.name(), pack.jurisdiction(),
                        pack.basePackId(), pack.effectiveFrom(), pack.effectiveTo(), pack.sha256(), codes);
    }
}
