package org.carecoop.rota.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "My rota" link in the service navigation, for the people who give support and go on visits. */
@Configuration(proxyBeanMethods = false)
class WorkerRotaNavigation {

    @Bean
    Navigation myRotaLink() {
        return new Navigation(
                "/rota/day",
                "nav.myRota",
                21,
                Set.of(Role.WORKER.name(), Role.VOLUNTEER.name(), Role.PEER_SUPPORTER.name()));
    }
}
