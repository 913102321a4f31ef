package org.carecoop.teams.page;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.teams.MemberRole;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns what the team page stores into what it shows: names for account ids, times in the co-op's
 * zone, photos or initials. One {@link Names} per page, so each name is looked up once.
 */
@Component
class Presenter {

    /** The message key of the person at the centre of the team, in the members list. */
    static final String PERSON_ROLE_KEY = "team.role.person";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, h:mma", Locale.UK);

    /**
     * Whose photos anyone signed in may see: the people module shows the photos of workers, volunteers
     * and peer supporters to everyone, and anyone else's only to themselves and co-ordinators. A
     * photo the viewer may not see is replaced by initials rather than a broken image.
     */
    private static final Set<Role> PHOTOS_FOR_EVERYONE = Set.of(Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER);

    private final PeopleApi people;
    private final MessageSource messages;
    private final Clock clock;

    Presenter(PeopleApi people, MessageSource messages, Clock clock) {
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    Names names() {
        return new Names();
    }

    Views.When when(Instant at) {
        String text =
                FORMAT.format(at.atZone(clock.getZone())).replace("AM", "am").replace("PM", "pm");
        return new Views.When(at.toString(), text);
    }

    /** "Eric" from "Eric Walsh", as the team's name does. */
    static String firstName(String displayName) {
        return displayName.strip().split("\\s+", 2)[0];
    }

    /** The initials shown where there is no photo: the first letters of the first and last names. */
    static String initials(String displayName) {
        String[] words = displayName.strip().split("\\s+");
        StringBuilder initials = new StringBuilder();
        initials.appendCodePoint(words[0].codePointAt(0));
        if (words.length > 1) {
            initials.appendCodePoint(words[words.length - 1].codePointAt(0));
        }
        return initials.toString().toUpperCase(Locale.UK);
    }

    static String roleKey(MemberRole role) {
        return "team.role." + role.name();
    }

    /** Looks up display names, once each. */
    final class Names {

        private final Map<UUID, Optional<AccountSummary>> accounts = new HashMap<>();

        String of(UUID accountId) {
            return account(accountId)
                    .map(AccountSummary::displayName)
                    .orElseGet(() -> messages.getMessage("team.someone", null, Locale.UK));
        }

        /** The names, sorted, with the viewer's own marked. */
        List<String> sorted(Set<UUID> accountIds, UUID viewerId) {
            return accountIds.stream()
                    .map(id -> id.equals(viewerId)
                            ? messages.getMessage("team.you", new Object[] {of(id)}, Locale.UK)
                            : of(id))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }

        /** Someone in the team's header, with their photo if the viewer may see it. */
        Views.Member member(UUID accountId, String roleKey, Viewer viewer) {
            String name = of(accountId);
            boolean you = accountId.equals(viewer.accountId());
            boolean photoAllowed = you
                    || viewer.caller().hasRole(Role.COORDINATOR.name())
                    || account(accountId)
                            .map(a -> a.roles().stream().anyMatch(PHOTOS_FOR_EVERYONE::contains))
                            .orElse(false);
            String photoUrl = photoAllowed && people.hasPhoto(accountId) ? "/people/" + accountId + "/photo" : null;
            return new Views.Member(accountId, name, initials(name), photoUrl, roleKey, you);
        }

        private Optional<AccountSummary> account(UUID accountId) {
            return accounts.computeIfAbsent(accountId, people::account);
        }
    }
}
