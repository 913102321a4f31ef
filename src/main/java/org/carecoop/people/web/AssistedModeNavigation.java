package org.carecoop.people.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assisted mode link in the service navigation, for co-ordinators. */
@Configuration(proxyBeanMethods = false)
class AssistedModeNavigation {

    @Bean
    Navigation assistedModeLink() {
        return new Navigation("/assisted", "nav.assisted", 80, Set.of(Role.COORDINATOR.name()));
    }
}
