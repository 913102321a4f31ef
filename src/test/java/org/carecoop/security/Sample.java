package org.carecoop.security;

import java.util.UUID;

/** The value a path variable takes when the access matrix calls a route. */
@FunctionalInterface
interface Sample {

    String value(SignedInAccounts accounts);

    /** The account id of a demo person, e.g. {@code demoPerson("eric")}. */
    static Sample demoPerson(String name) {
        return accounts -> accounts.demoAccountId(name).toString();
    }

    /** A fresh random UUID: an id that belongs to nothing. */
    static Sample randomUuid() {
        return accounts -> UUID.randomUUID().toString();
    }

    static Sample text(String value) {
        return accounts -> value;
    }
}
