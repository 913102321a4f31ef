package org.carecoop.teams.page;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The team page links in the service navigation: "My team" for people who receive support, "My
 * teams" for everyone who can be in someone's team, and the practitioners' questions.
 */
@Configuration(proxyBeanMethods = false)
class TeamPageNavigation {

    @Bean
    Navigation myTeamLink() {
        return new Navigation("/my-team", "nav.myTeam", 20, Set.of(Role.SUPPORTED_PERSON.name()));
    }

    @Bean
    Navigation myTeamsLink() {
        return new Navigation(
                "/teams",
                "nav.myTeams",
                21,
                Set.of(
                        Role.WORKER.name(),
                        Role.VOLUNTEER.name(),
                        Role.PEER_SUPPORTER.name(),
                        Role.FAMILY.name(),
                        Role.HEALTH_PROFESSIONAL.name()));
    }

    @Bean
    Navigation expertQuestionsLink() {
        return new Navigation("/expert-questions", "nav.expertQuestions", 22, Set.of(Role.HEALTH_PROFESSIONAL.name()));
    }
}
