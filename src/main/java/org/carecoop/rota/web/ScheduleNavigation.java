package org.carecoop.rota.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "My visits" link in the service navigation, for people who receive support. */
@Configuration(proxyBeanMethods = false)
class ScheduleNavigation {

    @Bean
    Navigation myVisitsLink() {
        return new Navigation("/schedule", "nav.myVisits", 20, Set.of(Role.SUPPORTED_PERSON.name()));
    }
}
