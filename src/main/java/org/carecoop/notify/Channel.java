package org.carecoop.notify;

/** A way a notification reaches someone. */
public enum Channel {
    EMAIL,
    SMS
}
