package org.carecoop.people;

/** A refused photo upload, saying why in a message key for the user. */
public class PhotoException extends RuntimeException {

    /** Why a photo was refused. */
    public enum Reason {
        NONE_CHOSEN("photo.error.none"),
        WRONG_TYPE("photo.error.type"),
        TOO_BIG("photo.error.size"),
        TOO_MANY_PIXELS("photo.error.pixels"),
        UNREADABLE("photo.error.unreadable");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public PhotoException(Reason reason) {
        super(reason.messageKey());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }
}
