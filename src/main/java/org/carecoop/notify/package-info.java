/**
 * Messages to people (CO6). Other modules hand {@link org.carecoop.notify.NotifyApi} a notification
 * for an account; a background job sends it when it is due, by email and/or text message as the
 * account chose on its notification settings, retrying with back-off and never twice, even with
 * several app instances. Email goes over SMTP when {@code spring.mail.host} is configured; without
 * it, every email is kept in an outbox table instead. Text messages go through GOV.UK Notify when its
 * API key and template are configured; without them, into an SMS outbox table. In the demo co-op
 * both outboxes are pages, so journeys can be followed to the end without a mail server or a phone.
 */
@ApplicationModule(displayName = "Notify")
@NullMarked
package org.carecoop.notify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
