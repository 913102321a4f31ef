package org.carecoop.notify.internal;

import java.util.Map;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends text messages through GOV.UK Notify. The service's template has one personalised field,
 * {@code ((body))}, which carries the whole message, so the wording stays in this application.
 */
public class GovUkNotifySmsSender implements SmsSender {

    private final NotificationClient client;
    private final String templateId;

    /**
     * @param baseUrl GOV.UK Notify's API address; tests point it at a loopback HTTP server
     */
    public GovUkNotifySmsSender(String apiKey, String templateId, String baseUrl) {
        this.client = new NotificationClient(apiKey, baseUrl);
        this.templateId = templateId;
    }

    @Override
    public void send(String phone, String text, String reference) {
        try {
            client.sendSms(templateId, phone, Map.of("body", text), reference);
        } catch (NotificationClientException e) {
            throw new SmsException("GOV.UK Notify refused the text message (HTTP " + e.getHttpResult() + ")", e);
        }
    }
}
