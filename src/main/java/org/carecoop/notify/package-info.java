/**
 * Messages to people. Email goes over SMTP when {@code spring.mail.host} is configured; without it,
 * every email is kept in an outbox table instead, and in the demo co-op that outbox is a page anyone
 * can read, so that journeys such as password reset can be followed to the end without a mail server.
 * SMS, letters, reminders and calendar feeds join this module with their features.
 */
@ApplicationModule(displayName = "Notify")
@NullMarked
package org.carecoop.notify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
