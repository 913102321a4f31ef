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

    /** Calendar feeds, for everyone who has visits or may follow someone's. */
    @Bean
    Navigation calendarFeedsLink() {
        return new Navigation(
                "/calendar-feeds",
                "nav.calendarFeeds",
                60,
                Set.of(
                        Role.SUPPORTED_PERSON.name(),
                        Role.FAMILY.name(),
                        Role.WORKER.name(),
                        Role.VOLUNTEER.name(),
                        Role.PEER_SUPPORTER.name()));
    }

    /** Cover offers, for everyone who gives support. */
    @Bean
    Navigation coverLink() {
        return new Navigation(
                "/cover",
                "nav.cover",
                42,
                Set.of(Role.WORKER.name(), Role.VOLUNTEER.name(), Role.PEER_SUPPORTER.name()));
    }
}
