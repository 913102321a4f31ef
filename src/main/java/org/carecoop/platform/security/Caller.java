package org.carecoop.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.switchuser.SwitchUserGrantedAuthority;

/**
 * Who is making the current request.
 *
 * <p>{@code accountId} is the account the request acts as. When a co-ordinator acts on someone's
 * behalf (assisted mode, CH7) that is the person, and {@code actorId} is the co-ordinator; otherwise
 * both are the same account. Audit entries record both, so assisted actions are always visible as
 * such.
 *
 * @param accountId the account whose data and permissions the request uses
 * @param displayName that account's name
 * @param actorId the account of the human who is actually at the keyboard
 * @param actorName that human's name
 * @param roles the roles of {@code accountId}, as {@code ROLE_…} authority names without the prefix
 */
public record Caller(UUID accountId, String displayName, UUID actorId, String actorName, Set<String> roles) {

    /** The caller of the current request, if anyone is signed in. */
    public static Optional<Caller> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Caller> from(@Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        // The marker a switch adds (ROLE_PREVIOUS_ADMINISTRATOR) says who is acting; it is not a role.
        Set<String> roles = authentication.getAuthorities().stream()
                .filter(a -> !(a instanceof SwitchUserGrantedAuthority))
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        AccountPrincipal actor = authentication.getAuthorities().stream()
                .filter(SwitchUserGrantedAuthority.class::isInstance)
                .map(a -> ((SwitchUserGrantedAuthority) a).getSource().getPrincipal())
                .filter(AccountPrincipal.class::isInstance)
                .map(AccountPrincipal.class::cast)
                .findFirst()
                .orElse(principal);
        return Optional.of(new Caller(
                principal.accountId(), principal.displayName(), actor.accountId(), actor.displayName(), roles));
    }

    /** True when someone is acting on this account's behalf. */
    public boolean assisted() {
        return !accountId.equals(actorId);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The account acted for, when assisted; otherwise empty. */
    public Optional<UUID> onBehalfOf() {
        return assisted() ? Optional.of(accountId) : Optional.empty();
    }
}
