package org.carecoop.matching.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.matching.Activity;
import org.carecoop.matching.RequestDraft;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequestsApi;
import org.carecoop.platform.security.Caller;
import org.springframework.stereotype.Component;

/** {@link SupportRequestsApi} through the same services the pages use. */
@Component
class SupportRequests implements SupportRequestsApi {

    private final RequestService requests;
    private final ActivityEditing editing;
    private final Activities activities;

    SupportRequests(RequestService requests, ActivityEditing editing, Activities activities) {
        this.requests = requests;
        this.editing = editing;
        this.activities = activities;
    }

    @Override
    public SupportRequest createRequest(Caller caller, UUID personId, RequestDraft draft) {
        return requests.create(caller, personId, draft);
    }

    @Override
    public List<SupportRequest> requestsOf(Caller caller, UUID personId) {
        return requests.list(caller, personId);
    }

    @Override
    public Activity saveActivity(Caller caller, Activity activity) {
        return editing.save(caller, activity);
    }

    @Override
    public Optional<Activity> activity(UUID activityId) {
        return activities.find(activityId);
    }

    @Override
    public List<Activity> activeActivities() {
        return activities.active();
    }
}
