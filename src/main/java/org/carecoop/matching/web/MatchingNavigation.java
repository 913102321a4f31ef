package org.carecoop.matching.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The matching links in the service navigation: "Find support" for people who receive support (also
 * when a co-ordinator acts for them), and "Activities" for everyone signed in.
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
}
