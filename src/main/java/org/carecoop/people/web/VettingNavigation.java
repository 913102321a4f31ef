package org.carecoop.people.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Links to vetting and availability: workers' own pages, and the co-ordinators' overview. */
@Configuration(proxyBeanMethods = false)
class VettingNavigation {

    private static final Set<String> WORKERS =
            Set.of(Role.WORKER.name(), Role.VOLUNTEER.name(), Role.PEER_SUPPORTER.name());

    @Bean
    Navigation ownVettingLink() {
        return new Navigation("/vetting", "nav.vetting", 40, WORKERS);
    }

    @Bean
    Navigation availabilityLink() {
        return new Navigation("/availability", "nav.availability", 41, WORKERS);
    }

    @Bean
    Navigation vettingWorkersLink() {
        return new Navigation("/vetting/workers", "nav.vettingWorkers", 85, Set.of(Role.COORDINATOR.name()));
    }
}
