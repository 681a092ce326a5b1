package vn.tdkt.support.audit;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.security.ServiceSecurityAutoConfiguration;

/** The audit trail of a web service with MongoDB: the log, the filter that writes it, and its API. */
@AutoConfiguration(after = ServiceSecurityAutoConfiguration.class,
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoOperations.class)
public class AuditAutoConfiguration {

    /** After Spring Security's filter chain (order -100), so the caller is known when the request ends. */
    static final int FILTER_ORDER = 0;

    @Bean
    AuditLog auditLog(MongoOperations mongo) {
        return new AuditLog(mongo);
    }

    @Bean
    FilterRegistrationBean<AuditTrailFilter> auditTrailFilter(AuditLog auditLog, ObjectProvider<Clock> clock) {
        FilterRegistrationBean<AuditTrailFilter> registration =
                new FilterRegistrationBean<>(new AuditTrailFilter(auditLog, clock.getIfAvailable(Clock::systemUTC)));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    AuditController auditController(AuditLog auditLog, Authorizer authorizer) {
        return new AuditController(auditLog, authorizer);
    }
}
