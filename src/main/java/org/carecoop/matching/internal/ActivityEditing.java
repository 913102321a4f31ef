package org.carecoop.matching.internal;

import java.time.Clock;
import java.util.Optional;
import org.carecoop.matching.Activity;
import org.carecoop.people.Role;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-ordinators add and change the groups and activities people may join (CH5). The postcode of an
 * activity is located when it is saved, so nearby matching can find it.
 */
@Service
public class ActivityEditing {

    private final Activities activities;
    private final Geocoder geocoder;
    private final Clock clock;

    ActivityEditing(Activities activities, Geocoder geocoder, Clock clock) {
        this.activities = activities;
        this.geocoder = geocoder;
        this.clock = clock;
    }

    /** Whether the caller may change activities: a co-ordinator at their own keyboard. */
    public static boolean mayEdit(Caller caller) {
        return caller.hasRole(Role.COORDINATOR.name()) && !caller.assisted();
    }

    /**
     * Where a postcode is, when it is known.
     */
    public Optional<Location> locate(Postcode postcode) {
        return geocoder.locate(postcode);
    }

    /**
     * Adds the activity, or replaces what the one with its id says; its location and district come
     * from its postcode.
     *
     * @throws AccessDeniedException when the caller may not change activities
     * @throws IllegalArgumentException when the postcode cannot be located
     */
    @Transactional
    public Activity save(Caller caller, Activity activity) {
        if (!mayEdit(caller)) {
            throw new AccessDeniedException("only co-ordinators change activities");
        }
        Activity located = located(activity);
        if (activities.find(activity.id()).isPresent()) {
            activities.update(located);
        } else {
            activities.insert(located, caller.actorId(), clock.instant());
        }
        return located;
    }

    private Activity located(Activity a) {
        if (a.postcode() == null) {
            return new Activity(
                    a.id(),
                    a.name(),
                    a.description(),
                    a.organiser(),
                    a.placeText(),
                    null,
                    null,
                    null,
                    a.meets(),
                    a.interests(),
                    a.outcomes(),
                    a.conditions(),
                    a.active());
        }
        Postcode postcode = Postcode.of(a.postcode());
        Location location = geocoder.locate(postcode)
                .orElseThrow(() -> new IllegalArgumentException("The postcode " + postcode + " cannot be located"));
        return new Activity(
                a.id(),
                a.name(),
                a.description(),
                a.organiser(),
                a.placeText(),
                postcode.value(),
                location.point(),
                postcode.district(),
                a.meets(),
                a.interests(),
                a.outcomes(),
                a.conditions(),
                a.active());
    }
}
