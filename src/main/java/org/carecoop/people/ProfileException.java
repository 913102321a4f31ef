package org.carecoop.people;

/** A refused profile change, with the form field it concerns and a message key for the user. */
public class ProfileException extends RuntimeException {

    private final String field;
    private final String messageKey;

    private ProfileException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** A real-looking postcode that the Geocoder cannot place, so nobody could be matched near it. */
    public static ProfileException postcodeNotFound(String field) {
        return new ProfileException(field, "profile.postcode.notFound");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
