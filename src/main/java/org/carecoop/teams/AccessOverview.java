package org.carecoop.teams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who can see what of a person's records, and why (TE3, DA1): each member's permissions with the
 * reason for each, what each circle has, who covers visits from outside the team and when their
 * access runs, and the co-ordinators who opened the record by break-glass.
 *
 * @param members the open memberships, each with every category and action
 * @param circles what each circle has before any member's own settings
 * @param cover cover workers outside the team whose access has not yet ended, soonest first
 * @param openings break-glass openings, newest first
 */
public record AccessOverview(
        Team team,
        List<MemberAccess> members,
        List<CircleAccess> circles,
        List<CoverAccess> cover,
        List<BreakGlassOpening> openings) {

    public AccessOverview {
        members = List.copyOf(members);
        circles = List.copyOf(circles);
        cover = List.copyOf(cover);
        openings = List.copyOf(openings);
    }

    /**
     * One permission and whether it holds.
     *
     * @param fixed whether it is a minimum for the role, which nobody can withdraw
     */
    public record Entitlement(Category category, Action action, Decision decision, boolean fixed) {}

    /** A member and what they may do, one entitlement per category and action. */
    public record MemberAccess(Team.Member member, List<Entitlement> entitlements) {

        public MemberAccess {
            entitlements = List.copyOf(entitlements);
        }
    }

    /** What a circle's members have unless their own settings say otherwise. */
    public record CircleAccess(Circle circle, List<Entitlement> entitlements) {

        public CircleAccess {
            entitlements = List.copyOf(entitlements);
        }
    }

    /**
     * A worker outside the team who covers a visit.
     *
     * @param from when their access starts
     * @param until when it ends
     * @param categories what they may read meanwhile
     */
    public record CoverAccess(
            UUID workerId, UUID visitId, Instant visitStart, Instant from, Instant until, List<Category> categories) {

        public CoverAccess {
            categories = List.copyOf(categories);
        }
    }

    /** A co-ordinator's emergency opening of the record, with their reason. */
    public record BreakGlassOpening(UUID coordinatorId, String reason, Instant openedAt, Instant expiresAt) {}
}
