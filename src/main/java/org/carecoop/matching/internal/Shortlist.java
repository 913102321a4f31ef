package org.carecoop.matching.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.SupportRequest;

/**
 * A request's ranked candidates (CH3), best first.
 *
 * @param candidates workers, volunteers, peer supporters and, when the person prefers them,
 *     activities
 * @param alsoLike when the person did not ask for an activity, the best few that suit them anyway
 * @param leftOut how many workers each hard filter left out; empty when not counted
 * @param interested the workers who said they are interested in the request
 * @param invited the workers the person already has an introduction in progress with
 */
public record Shortlist(
        SupportRequest request,
        List<Match> candidates,
        List<Match> alsoLike,
        Map<HardFilter, Integer> leftOut,
        Set<UUID> interested,
        Set<UUID> invited) {

    public Shortlist {
        candidates = List.copyOf(candidates);
        alsoLike = List.copyOf(alsoLike);
        leftOut = Map.copyOf(leftOut);
        interested = Set.copyOf(interested);
        invited = Set.copyOf(invited);
    }

    public boolean isInterested(UUID candidateId) {
        return interested.contains(candidateId);
    }

    public boolean isInvited(UUID candidateId) {
        return invited.contains(candidateId);
    }
}
