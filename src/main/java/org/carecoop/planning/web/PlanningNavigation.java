package org.carecoop.planning.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Optimise rota" link, next to the co-ordinators' board. */
@Configuration(proxyBeanMethods = false)
class PlanningNavigation {

    @Bean
    Navigation planningLink() {
        return new Navigation("/planning", "nav.planning", 70, Set.of(Role.COORDINATOR.name()));
    }
}
