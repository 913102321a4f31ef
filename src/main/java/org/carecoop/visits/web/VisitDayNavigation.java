package org.carecoop.visits.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Missed and late visits" link in the service navigation, for co-ordinators. */
@Configuration(proxyBeanMethods = false)
class VisitDayNavigation {

    @Bean
    Navigation visitAlertsLink() {
        return new Navigation("/visits/alerts", "nav.visitAlerts", 71, Set.of(Role.COORDINATOR.name()));
    }
}
