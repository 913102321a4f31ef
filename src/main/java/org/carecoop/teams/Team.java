package org.carecoop.teams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's team as it is now.
 *
 * @param members the open memberships, earliest first
 */
public record Team(UUID id, UUID personId, String name, Instant createdAt, List<Member> members) {

    public Team {
        members = List.copyOf(members);
    }

    /**
     * One open membership.
     *
     * @param givesPersonalCare whether this worker gives the person personal care, which brings the
     *     care record with it
     * @param reason why they joined, in plain words
     */
    public record Member(UUID accountId, MemberRole role, Instant joinedAt, boolean givesPersonalCare, String reason) {}
}
