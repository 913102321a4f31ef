package org.carecoop.teams;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * The teams module's facade. Changes to a team are made by the person it centres on or by a nominee
 * of theirs; anyone else is refused with {@link AccessDeniedException}.
 */
public interface TeamsApi {

    /** The person's team with its open memberships, once one has formed. */
    Optional<Team> teamOf(UUID personId);

    /** The teams the account is an open member of, by the name of their team. */
    List<Team> teamsOf(UUID memberId);

    /**
     * Invites someone into the person's team as a nominee, family or friend, or health professional.
     * Workers join only through their arrangements and visits.
     *
     * @throws IllegalArgumentException for {@link MemberRole#WORKER}
     * @throws IllegalStateException when the person has no team yet
     */
    void addMember(Caller by, UUID personId, UUID accountId, MemberRole role);

    /**
     * Says whether a worker in the team gives the person personal care; while they do, they always
     * have the care notes and intimate and personal care records.
     */
    void setGivesPersonalCare(Caller by, UUID personId, UUID workerId, boolean givesPersonalCare);

    /**
     * Lets a member do something with a category of the person's records, from the next request on.
     *
     * @throws IllegalArgumentException when the account is not a member of the team
     */
    void grant(Caller by, UUID personId, UUID memberId, Category category, Action action);

    /**
     * Withdraws it, whether it came from a grant or from the member's role defaults, from the next
     * request on. Minimums for the member's role stay.
     *
     * @throws IllegalArgumentException when the account is not a member of the team
     */
    void revoke(Caller by, UUID personId, UUID memberId, Category category, Action action);
}
