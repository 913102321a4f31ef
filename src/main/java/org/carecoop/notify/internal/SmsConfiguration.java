package org.carecoop.notify.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses how text messages leave: GOV.UK Notify when {@code carecoop.notify.govuk.api-key} and
 * {@code carecoop.notify.govuk.template-id} are both set, the SMS outbox table otherwise.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

    @Bean
    SmsSender smsSender(
            SmsOutbox outbox,
            Clock clock,
            @Value("${carecoop.notify.govuk.api-key:}") String apiKey,
            @Value("${carecoop.notify.govuk.template-id:}") String templateId,
            @Value("${carecoop.notify.govuk.base-url:https://api.notifications.service.gov.uk}") String baseUrl) {
        if (apiKey.isBlank() || templateId.isBlank()) {
            log.warn(
                    "GOV.UK Notify not configured (carecoop.notify.govuk.*): text messages are kept in notify.sms_outbox");
            return new OutboxSmsSender(outbox, clock);
        }
        return new GovUkNotifySmsSender(apiKey, templateId, baseUrl);
    }
}
