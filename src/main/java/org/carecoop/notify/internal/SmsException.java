package org.carecoop.notify.internal;

/** A text message could not be handed over to be sent. */
public class SmsException extends RuntimeException {

    public SmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
