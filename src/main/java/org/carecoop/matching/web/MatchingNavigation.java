package org.carecoop.matching.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Requests near you" link in the service navigation, for those who give support. */
@Configuration(proxyBeanMethods = false)
class MatchingNavigation {

    @Bean
    Navigation requestsNearYouLink() {
        return new Navigation(
                "/matching/near-me",
                "nav.nearMe",
                60,
                Set.of(Role.WORKER.name(), Role.VOLUNTEER.name(), Role.PEER_SUPPORTER.name()));
    }
}
