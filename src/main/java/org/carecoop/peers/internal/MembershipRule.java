package org.carecoop.peers.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.carecoop.peers.PeerPage;
import org.carecoop.people.Condition;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.platform.geo.Postcode;
import org.jspecify.annotations.Nullable;

/**
 * Who belongs to which peer page (TE6), as a pure function of what is known about an account.
 * Workers, volunteers and peer supporters belong automatically to the pages of the conditions met in
 * their work and to their home district's page; anyone may join any page, and leaving a page wins over
 * belonging to it automatically.
 */
public final class MembershipRule {

    /** The roles whose holders join pages without asking. */
    public static final Set<Role> JOIN_AUTOMATICALLY = EnumSet.of(Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER);

    /** Specialist skills that are about one condition; the others are not about any. */
    static final Map<Skill, Condition> SKILL_CONDITIONS =
            Map.of(Skill.DEMENTIA_CARE, Condition.DEMENTIA, Skill.END_OF_LIFE_CARE, Condition.END_OF_LIFE);

    private MembershipRule() {}

    /** What someone chose for a page themselves. */
    public enum Choice {
        JOINED,
        LEFT
    }

    /**
     * What the rule looks at.
     *
     * @param roles the account's roles
     * @param experience the conditions on the account's own worker profile
     * @param skills the skills on it
     * @param home the postcode on it, if any
     * @param conditionsInTeams the conditions of the people the account supports as a worker in their
     *     team
     */
    public record Circumstances(
            Set<Role> roles,
            Set<Condition> experience,
            Set<Skill> skills,
            @Nullable Postcode home,
            Set<Condition> conditionsInTeams) {

        public Circumstances {
            roles = Set.copyOf(roles);
            experience = Set.copyOf(experience);
            skills = Set.copyOf(skills);
            conditionsInTeams = Set.copyOf(conditionsInTeams);
        }

        /** Whether anything about the account's work may bring it onto pages without asking. */
        public boolean joinsAutomatically() {
            return roles.stream().anyMatch(JOIN_AUTOMATICALLY::contains);
        }
    }

    /** The pages the account belongs to without having chosen them. */
    public static Set<PeerPage> automaticPages(Circumstances circumstances) {
        if (!circumstances.joinsAutomatically()) {
            return Set.of();
        }
        EnumSet<Condition> conditions = EnumSet.noneOf(Condition.class);
        conditions.addAll(circumstances.experience());
        conditions.addAll(circumstances.conditionsInTeams());
        circumstances.skills().stream()
                .filter(SKILL_CONDITIONS::containsKey)
                .map(SKILL_CONDITIONS::get)
                .forEach(conditions::add);
        Set<PeerPage> pages = new LinkedHashSet<>();
        conditions.forEach(condition -> pages.add(PeerPage.of(condition)));
        if (circumstances.home() != null) {
            pages.add(PeerPage.of(circumstances.home()));
        }
        return pages;
    }

    /**
     * Whether the account belongs to a page.
     *
     * @param automatic whether {@link #automaticPages} includes the page
     * @param choice what the account chose for the page, if anything
     */
    public static boolean isMember(boolean automatic, @Nullable Choice choice) {
        if (choice == Choice.JOINED) {
            return true;
        }
        return automatic && choice != Choice.LEFT;
    }
}
