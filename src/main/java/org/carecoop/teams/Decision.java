package org.carecoop.teams;

import java.util.Locale;

/**
 * The answer to "may this caller do this with this category of that person's records?", with the
 * reason in plain words.
 */
public record Decision(boolean allowed, Reason reason) {

    public enum Reason {
        /** It is the caller's own record. */
        OWN_RECORD,
        /** The person (or their nominee) granted it to the caller. */
        GRANTED,
        /** The person granted it to everyone in the caller's circle of the team. */
        GRANTED_TO_CIRCLE,
        /** Members in the caller's role have it unless the person withdraws it. */
        ROLE_DEFAULT,
        /** The caller's role needs it to support the person safely; it cannot be withdrawn. */
        MINIMUM_FOR_ROLE,
        /** A co-ordinator opened the record in an emergency, with a reason. */
        BREAK_GLASS,
        /**
         * The caller covers a visit to the person without being in their team: the visiting-worker
         * minimum, from shortly before the visit until shortly after check-out.
         */
        EMERGENCY_COVER,
        /** The caller is not in the person's team. */
        NOT_IN_TEAM,
        /** The caller is in the team but has not been given this. */
        NOT_GRANTED;

        /** The code shown in the access log, e.g. {@code not_granted}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Decision allow(Reason reason) {
        return new Decision(true, reason);
    }

    public static Decision deny(Reason reason) {
        return new Decision(false, reason);
    }
}
