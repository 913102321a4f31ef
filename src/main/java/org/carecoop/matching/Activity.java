package org.carecoop.matching;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Condition;
import org.carecoop.people.OutcomeSought;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;

/**
 * A group or activity a person might join instead of, or as well as, having a worker (CH5), such as
 * a walking group, a memory café or a stroke club. Kept by co-ordinators.
 *
 * @param id the activity
 * @param name what it is called
 * @param description what happens there
 * @param organiser who runs it
 * @param placeText where it meets, in words ("Hebden Bridge Town Hall")
 * @param postcode where it meets, when given
 * @param location the postcode's location, when given
 * @param district the postcode district, e.g. "HX7", when given
 * @param meets the hours of the week it meets
 * @param interests what it is about, lower case
 * @param outcomes what joining it can help people achieve
 * @param conditions the conditions it is for; empty when it is for everyone
 * @param active whether it is running
 */
public record Activity(
        UUID id,
        String name,
        String description,
        String organiser,
        String placeText,
        @Nullable String postcode,
        @Nullable GeoPoint location,
        @Nullable String district,
        WeeklyPattern meets,
        List<String> interests,
        Set<OutcomeSought> outcomes,
        Set<Condition> conditions,
        boolean active) {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int ORGANISER_MAX = 120;
    public static final int PLACE_MAX = 200;
    public static final int INTERESTS_MAX = 20;

    public Activity {
        interests = List.copyOf(interests);
        outcomes = Set.copyOf(outcomes);
        conditions = Set.copyOf(conditions);
    }
}
