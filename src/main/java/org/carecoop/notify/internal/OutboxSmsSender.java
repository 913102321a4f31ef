package org.carecoop.notify.internal;

import java.time.Clock;

/**
 * The text message sender used when GOV.UK Notify is not configured: each message is kept in
 * {@code notify.sms_outbox}, in the dispatcher's transaction, and the demo co-op shows it on a page.
 */
class OutboxSmsSender implements SmsSender {

    private final SmsOutbox outbox;
    private final Clock clock;

    OutboxSmsSender(SmsOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void send(String phone, String text, String reference) {
        outbox.keep(clock.instant(), phone, text, reference);
    }
}
