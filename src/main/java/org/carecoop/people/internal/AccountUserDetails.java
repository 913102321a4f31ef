package org.carecoop.people.internal;

import java.io.Serial;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.platform.security.AccountPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in account as the web session holds it. An account a co-ordinator created has no password
 * until the person sets one: it is enabled (so it can be acted for) but no password matches it.
 */
class AccountUserDetails extends User implements AccountPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String displayName;

    AccountUserDetails(Account account, boolean locked) {
        super(
                account.email(),
                account.passwordHash() == null ? "" : account.passwordHash(),
                account.enabled(),
                true,
                true,
                !locked,
                account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .collect(Collectors.toList()));
        this.accountId = account.id();
        this.displayName = account.displayName();
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUserDetails that && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}
