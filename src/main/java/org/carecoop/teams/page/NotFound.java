package org.carecoop.teams.page;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing on a team page has this id, or the caller may not know that it has: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

    private NotFound(String message) {
        super(message);
    }

    static NotFound person(UUID id) {
        return new NotFound("no account " + id);
    }

    static NotFound item(String kind, UUID id) {
        return new NotFound("no " + kind + " " + id + " on this team page");
    }

    /** The id in a path, or 404 when the path cannot name anything because it is not an id. */
    static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFound("not an id");
        }
    }
}
