package org.carecoop.platform.web;

import java.util.Set;

/**
 * A module's contribution to the service navigation: a link shown to accounts holding any of the
 * given roles (an empty set means every signed-in account), in {@code order}.
 */
public record Navigation(String path, String labelKey, int order, Set<String> roles) {

    public boolean visibleTo(Set<String> callerRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(callerRoles::contains);
    }
}
