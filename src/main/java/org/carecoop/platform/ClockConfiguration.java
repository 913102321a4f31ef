package org.carecoop.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} every module uses, in the co-op's own time zone, so tests can control time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${carecoop.zone:Europe/London}") ZoneId zone) {
        return Clock.system(zone);
    }
}
