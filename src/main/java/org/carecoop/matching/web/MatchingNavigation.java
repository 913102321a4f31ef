package org.carecoop.matching.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The matching links in the service navigation: "Find support" for people who receive support (also
 * when a co-ordinator acts for them), "Activities" for everyone signed in, and "Requests near you"
 * for those who give support.
 */
@Configuration(proxyBeanMethods = false)
class MatchingNavigation {

    @Bean
    Navigation findSupportLink() {
        return new Navigation(FindSupportController.PATH, "nav.findSupport", 25, Set.of(Role.SUPPORTED_PERSON.name()));
    }

    @Bean
    Navigation activitiesLink() {
        return new Navigation("/activities", "nav.activities", 26, Set.of());
    }

    @Bean
    Navigation requestsNearYouLink() {
        return new Navigation(
                "/matching/near-me",
                "nav.nearMe",
                60,
                Set.of(Role.WORKER.name(), Role.VOLUNTEER.name(), Role.PEER_SUPPORTER.name()));
    }
}
