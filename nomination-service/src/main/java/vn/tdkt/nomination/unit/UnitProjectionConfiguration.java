package vn.tdkt.nomination.unit;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.tdkt.support.unitdirectory.UnitDirectoryConfiguration;

/** The shared unit projection ({@code units} collection, {@code GET /api/v1/units}), in this service's database. */
@Configuration(proxyBeanMethods = false)
@Import(UnitDirectoryConfiguration.class)
class UnitProjectionConfiguration {
}
