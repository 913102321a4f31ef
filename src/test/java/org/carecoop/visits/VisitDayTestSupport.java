package org.carecoop.visits;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.EmploymentBasis;
import org.carecoop.people.Gender;
import org.carecoop.people.GenderPreference;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.money.Money;
import org.springframework.beans.factory.annotation.Autowired;

/** People with located homes and visits to them, for the day-of-visit tests. */
public abstract class VisitDayTestSupport extends VisitTestSupport {

    @Autowired
    protected VisitDayApi day;

    @Autowired
    protected Geocoder geocoder;

    /** A person who receives support, living at this postcode, with these access notes. */
    protected UUID personAt(String name, String postcode, String accessNotes) {
        UUID person = person(name);
        people.savePersonProfile(person, profileAt(postcode, accessNotes, false));
        return person;
    }

    /** A person's profile with nothing but where they live and how to get in. */
    public static PersonProfile profileAt(String postcode, String accessNotes, boolean phoneFirst) {
        return new PersonProfile(
                "",
                Set.of(),
                "",
                Set.of(),
                Set.of(),
                List.of(),
                GenderPreference.NO_PREFERENCE,
                List.of(),
                phoneFirst,
                false,
                accessNotes,
                Postcode.of(postcode),
                Set.of(),
                "");
    }

    /** Gives the worker a home at this postcode; they do not drive. */
    protected void homeAt(UUID worker, String postcode) {
        people.saveWorkerProfile(
                worker,
                new WorkerProfile(
                        "",
                        Gender.NOT_SAID,
                        Set.of(),
                        "",
                        1,
                        Set.of(),
                        List.of(),
                        List.of(),
                        EmploymentBasis.SELF_EMPLOYED,
                        Postcode.of(postcode),
                        10,
                        Money.ofPence(1500),
                        false));
    }

    protected GeoPoint place(String postcode) {
        return geocoder.locate(Postcode.of(postcode)).map(Location::point).orElseThrow();
    }

    /** A one-hour visit by these workers, booked by the system. */
    protected UUID visit(UUID person, Instant start, UUID... workers) {
        return visits.book(VisitsApi.SYSTEM, person, List.of(workers), start, plus(start, 60));
    }
}
