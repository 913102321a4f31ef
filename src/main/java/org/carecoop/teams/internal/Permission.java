package org.carecoop.teams.internal;

import org.carecoop.teams.Action;
import org.carecoop.teams.Category;

/** One thing a member may do with one category of a person's records. */
record Permission(Category category, Action action) {

    static Permission read(Category category) {
        return new Permission(category, Action.READ);
    }

    static Permission write(Category category) {
        return new Permission(category, Action.WRITE);
    }
}
