package vn.tdkt.support.unitdirectory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** A consuming service in miniature: auto-configuration plus the imported unit directory, no component scan. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(UnitDirectoryConfiguration.class)
class UnitDirectoryTestApplication {
}
