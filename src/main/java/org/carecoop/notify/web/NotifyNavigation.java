package org.carecoop.notify.web;

import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Links to one's messages and notification settings for everyone; the SMS outbox for co-ordinators. */
@Configuration(proxyBeanMethods = false)
class NotifyNavigation {

    @Bean
    Navigation messagesLink() {
        return new Navigation(MessagesController.PATH, "nav.messages", 90, Set.of());
    }

    @Bean
    Navigation notificationSettingsLink() {
        return new Navigation(PreferencesController.PATH, "nav.notifications", 91, Set.of());
    }

    @Bean
    Navigation smsOutboxLink() {
        return new Navigation(SmsOutboxController.PATH, "nav.smsOutbox", 86, Set.of(Role.COORDINATOR.name()));
    }
}
