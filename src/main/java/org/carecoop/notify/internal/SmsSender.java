package org.carecoop.notify.internal;

/**
 * The port text messages leave by: GOV.UK Notify in a real co-op ({@link GovUkNotifySmsSender}), an
 * outbox table otherwise ({@link OutboxSmsSender}).
 */
public interface SmsSender {

    /**
     * Sends the text to the phone number.
     *
     * @param reference our reference for the message, kept by the provider
     * @throws SmsException when it could not be handed over; the dispatcher tries again later
     */
    void send(String phone, String text, String reference);
}
