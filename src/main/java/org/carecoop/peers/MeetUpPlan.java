package org.carecoop.peers;

import java.time.Instant;

/**
 * What someone planning a meet-up says about it.
 *
 * @param title what it is, in a few words
 * @param startsAt when it starts; it must be in the future
 * @param place where to meet
 * @param description anything else people should know; empty for nothing
 */
public record MeetUpPlan(String title, Instant startsAt, String place, String description) {

    public static final int TITLE_MAX = 100;
    public static final int PLACE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    public MeetUpPlan {
        title = title.strip();
        place = place.strip();
        description = description.strip();
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("A meet-up's title is 1 to " + TITLE_MAX + " characters");
        }
        if (place.isEmpty() || place.length() > PLACE_MAX) {
            throw new IllegalArgumentException("A meet-up's place is 1 to " + PLACE_MAX + " characters");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("A meet-up's description is at most " + DESCRIPTION_MAX + " characters");
        }
    }
}
