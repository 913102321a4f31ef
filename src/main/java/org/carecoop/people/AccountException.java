package org.carecoop.people;

/** A refused change to an account, with the form field it concerns and a message key for the user. */
public class AccountException extends RuntimeException {

    private final String field;
    private final String messageKey;

    private AccountException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static AccountException emailTaken() {
        return new AccountException("email", "account.email.taken");
    }

    public static AccountException passwordTooCommon() {
        return new AccountException("password", "account.password.common");
    }

    public static AccountException passwordLength() {
        return new AccountException("password", "account.password.length");
    }

    public static AccountException passwordContainsEmail() {
        return new AccountException("password", "account.password.email");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
