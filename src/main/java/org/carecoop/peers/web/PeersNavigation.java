package org.carecoop.peers.web;

import java.util.Set;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The peer support link in the service navigation, for everyone signed in. */
@Configuration(proxyBeanMethods = false)
class PeersNavigation {

    @Bean
    Navigation peerSupportLink() {
        return new Navigation("/peers", "nav.peers", 50, Set.of());
    }
}
