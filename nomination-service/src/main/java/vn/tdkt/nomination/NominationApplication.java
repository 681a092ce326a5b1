package vn.tdkt.nomination;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Awards, nominations, appraisal, councils and decisions. For now it keeps its own projections of
 * units and campaigns from their events, which later features (eligibility, quotas) read locally.
 */
@SpringBootApplication
public class NominationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NominationApplication.class, args);
    }
}
