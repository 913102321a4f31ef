package org.carecoop.platform.security;

import java.util.UUID;

/** What every signed-in principal, session or bearer token, tells about its account. */
public interface AccountPrincipal {

    UUID accountId();

    String displayName();
}
