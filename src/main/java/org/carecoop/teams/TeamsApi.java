package org.carecoop.teams;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * The teams module's facade. Changes to a team are made by the person it centres on or by a nominee
 * of theirs ({@link #mayManage}); anyone else is refused with {@link AccessDeniedException}. Every
 * change is written to the access log, where the person sees it.
 */
public interface TeamsApi {

    /** The longest a team's name may be. */
    int MAX_NAME_LENGTH = 120;

    /** The person's team with its open memberships, once one has formed. */
    Optional<Team> teamOf(UUID personId);

    /** The teams the account is an open member of, by the name of their team. */
    List<Team> teamsOf(UUID memberId);

    /** Whether the caller is the person or one of their nominees, who manage the team. */
    boolean mayManage(Caller caller, UUID personId);

    /**
     * Whether the caller may see who is in the person's team: the person, the team's members, and a
     * co-ordinator while a break-glass opening of theirs is in force.
     */
    boolean mayViewTeam(Caller caller, UUID personId);

    /**
     * Invites someone into the person's team in any role but worker. Workers join only through their
     * arrangements and visits.
     *
     * @throws IllegalArgumentException for {@link MemberRole#WORKER}, or for the person themselves
     * @throws IllegalStateException when the person has no team yet
     */
    void addMember(Caller by, UUID personId, UUID accountId, MemberRole role);

    /**
     * Ends an invited member's membership; its history stays. Workers leave when their support ends.
     *
     * @throws IllegalArgumentException when the account is not an invited member of the team
     */
    void removeMember(Caller by, UUID personId, UUID memberId);

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
     * Withdraws it, whether it came from a grant, the member's circle or their role's defaults, from
     * the next request on. Minimums for the member's role stay.
     *
     * @throws IllegalArgumentException when the account is not a member of the team
     */
    void revoke(Caller by, UUID personId, UUID memberId, Category category, Action action);

    /**
     * Makes what a member may do exactly {@code allowed} (plus the minimums for their role), in one
     * step: what is missing is granted, what is not wanted is withdrawn, the rest is left alone.
     *
     * @throws IllegalArgumentException when the account is not a member of the team
     */
    void setMemberPermissions(Caller by, UUID personId, UUID memberId, Set<Permission> allowed);

    /**
     * Makes what a circle's members have, unless their own settings say otherwise, exactly {@code
     * allowed}, in one step.
     */
    void setCirclePermissions(Caller by, UUID personId, Circle circle, Set<Permission> allowed);

    /**
     * Who can see what and why, for the person and their nominees. Reading it is recorded in the
     * access log.
     */
    AccessOverview accessOverview(Caller by, UUID personId);

    /**
     * Renames the team (TE7).
     *
     * @throws IllegalArgumentException when the name is blank or longer than {@link #MAX_NAME_LENGTH}
     */
    void rename(Caller by, UUID personId, String name);

    /**
     * Gives the team a logo, checked and cleaned like a profile photo.
     *
     * @throws org.carecoop.people.PhotoException when the image is refused
     */
    void setLogo(Caller by, UUID personId, byte[] upload);

    /** Removes the team's logo. */
    void removeLogo(Caller by, UUID personId);

    /** The team's logo, if it has one. */
    Optional<TeamLogo> logo(UUID personId);

    /** When the team's logo was last changed, if it has one, without reading the picture itself. */
    Optional<Instant> logoUpdatedAt(UUID personId);
}
