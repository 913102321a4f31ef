package org.carecoop.people.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carecoop.people.Role;

/** Reading roles chosen on a form, refusing anything that is not a role a person may choose. */
final class Roles {

    static final List<Option> SELF_CHOSEN = Option.of(
            "role", Arrays.stream(Role.values()).filter(Role::selfChosen).toList());

    private Roles() {}

    static Optional<Set<Role>> selfChosen(List<String> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values) {
            Optional<Role> role = Arrays.stream(Role.values())
                    .filter(r -> r.name().equals(value) && r.selfChosen())
                    .findFirst();
            if (role.isEmpty()) {
                return Optional.empty();
            }
            roles.add(role.get());
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(roles);
    }
}
