package org.carecoop.rota.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Board" link in the service navigation, for co-ordinators, whose day starts there. */
@Configuration(proxyBeanMethods = false)
class BoardNavigation {

    @Bean
    Navigation boardLink() {
        return new Navigation("/board", "nav.board", 69, Set.of(Role.COORDINATOR.name()));
    }
}
