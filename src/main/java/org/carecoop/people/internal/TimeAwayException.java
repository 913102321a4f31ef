package org.carecoop.people.internal;

/**
 * A change to leave, sickness or on-call windows that cannot be made, with the message (and its
 * arguments) that tells the person why, e.g. which leave it would overlap.
 */
public class TimeAwayException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    TimeAwayException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
