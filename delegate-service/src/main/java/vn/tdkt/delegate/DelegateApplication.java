package vn.tdkt.delegate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Congresses, seat allocation and delegates. For now it keeps its own projections of units and
 * campaigns from their events, which later features (congress levels, seat allocation) read locally.
 */
@SpringBootApplication
public class DelegateApplication {

    public static void main(String[] args) {
        SpringApplication.run(DelegateApplication.class, args);
    }
}
