package org.carecoop.visits.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The "Book a visit" link in the service navigation, for co-ordinators, and "Requests" for workers,
 * who answer the visits people ask of them.
 */
@Configuration(proxyBeanMethods = false)
class BookingNavigation {

    @Bean
    Navigation bookVisitLink() {
        return new Navigation("/visits/new", "nav.bookVisit", 70, Set.of(Role.COORDINATOR.name()));
    }

    @Bean
    Navigation visitRequestsLink() {
        return new Navigation(
                "/visits/requests",
                "nav.visitRequests",
                71,
                Set.of(Role.WORKER.name(), Role.VOLUNTEER.name(), Role.PEER_SUPPORTER.name()));
    }
}
