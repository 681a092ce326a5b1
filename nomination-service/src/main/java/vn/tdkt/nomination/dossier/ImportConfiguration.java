package vn.tdkt.nomination.dossier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The bulk import's settings, and its heartbeat: this instance's jobs are alive, other instances' stale ones fail. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
@EnableScheduling
class ImportConfiguration {

    private final NominationImport imports;

    ImportConfiguration(NominationImport imports) {
        this.imports = imports;
    }

    @Scheduled(initialDelayString = "${tdkt.nomination-imports.heartbeat:PT10S}",
            fixedDelayString = "${tdkt.nomination-imports.heartbeat:PT10S}")
    void heartbeat() {
        imports.heartbeat();
    }
}
