package org.carecoop.security;

/** What a request comes to, as far as access control is concerned. */
enum Outcome {
    /**
     * Let through: a 2xx, a redirect anywhere but the sign-in page, or a refusal of the input itself
     * (400, 409, 413, 415, 422) — the request got past the access rules.
     */
    ALLOW,
    /** Redirected to the sign-in page. */
    SIGN_IN,
    /** 401 with a problem+json body (API). */
    UNAUTHORIZED,
    /** 403. */
    FORBIDDEN,
    /** 404. */
    NOT_FOUND,
    /** A 5xx. Only ever right for Spring Boot's error page opened directly, with no error to describe. */
    SERVER_ERROR,
    /** Anything else; never expected, only observed. */
    OTHER
}
