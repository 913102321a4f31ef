package org.carecoop.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.platform.security.Caller;

/**
 * The matching module's facade for support requests and activities (CH3, CH5), for other modules
 * (imports, demo data). The same rules apply as on the pages: requests by the person, someone they
 * let change their plans and outcomes, or a co-ordinator acting for them; activities by co-ordinators.
 */
public interface SupportRequestsApi {

    /**
     * Makes a new open request for the person.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the caller may not
     * @throws IllegalArgumentException when the draft breaks a rule of {@link SupportRequest}
     */
    SupportRequest createRequest(Caller caller, UUID personId, RequestDraft draft);

    /**
     * The person's requests, open ones first.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the caller may not see them
     */
    List<SupportRequest> requestsOf(Caller caller, UUID personId);

    /**
     * Adds an activity or replaces what one with the same id says, locating its postcode.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the caller is not a
     *     co-ordinator at their own keyboard
     * @throws IllegalArgumentException when its postcode cannot be located
     */
    Activity saveActivity(Caller caller, Activity activity);

    Optional<Activity> activity(UUID activityId);

    /** The activities that are running, by name. */
    List<Activity> activeActivities();
}
