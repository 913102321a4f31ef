package org.carecoop.matching.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The "Introductions" and "Back-up invitations" links in the service navigation, for workers, volunteers
 * and peer supporters.
 */
@Configuration(proxyBeanMethods = false)
class IntroductionNavigation {

    @Bean
    Navigation introductionsLink() {
        return new Navigation(
                "/introductions",
                "nav.introductions",
                75,
                Set.of(Role.WORKER.name(), Role.VOLUNTEER.name(), Role.PEER_SUPPORTER.name()));
    }

    @Bean
    Navigation backupInvitationsLink() {
        return new Navigation(
                "/backup-invitations",
                "nav.backupInvitations",
                76,
                Set.of(Role.WORKER.name(), Role.VOLUNTEER.name(), Role.PEER_SUPPORTER.name()));
    }
}
