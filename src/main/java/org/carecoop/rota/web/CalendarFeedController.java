package org.carecoop.rota.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.internal.CalendarFeeds;
import org.carecoop.rota.internal.CalendarFeeds.Created;
import org.carecoop.rota.internal.CalendarFeeds.Feed;
import org.carecoop.rota.internal.CalendarFeeds.Subject;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendar feeds (CO7): people make a secret address for their calendar app at {@code /calendar-feeds},
 * see it once, and revoke it there; calendar apps fetch {@code /feeds/{token}.ics} without signing in,
 * which is why the address itself is the secret. An unknown, revoked or no-longer-permitted feed is a
 * plain 404, telling a guesser nothing.
 */
@Controller
class CalendarFeedController {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final CalendarFeeds feeds;
    private final PeopleApi people;
    private final TeamsApi teams;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    CalendarFeedController(CalendarFeeds feeds, PeopleApi people, TeamsApi teams, MessageSource messages, Clock clock) {
        this.feeds = feeds;
        this.people = people;
        this.teams = teams;
        this.messages = messages;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** A calendar the caller can make a feed of. */
    record Choice(String value, String label) {}

    /** A feed as the page lists it. */
    record Row(
            UUID id,
            String name,
            String created,
            @Nullable String lastFetched,
            @Nullable String revoked) {}

    @GetMapping("/calendar-feeds")
    String page(Model model) {
        Caller caller = Caller.current().orElseThrow();
        return render(caller, model, null);
    }

    @PostMapping("/calendar-feeds")
    String create(
            @RequestParam(name = "calendar", required = false) @Nullable String calendar,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        Optional<Choice> chosen =
                choices(caller).stream().filter(c -> c.value().equals(calendar)).findFirst();
        if (chosen.isEmpty()) {
            return render(caller, model, "feeds.calendar.required");
        }
        Created created;
        try {
            created = chosen.get().value().equals("mine")
                    ? feeds.create(caller, Subject.WORKER, caller.accountId())
                    : feeds.create(
                            caller, Subject.PERSON, UUID.fromString(chosen.get().value()));
        } catch (AccessDeniedException refused) {
            return render(caller, model, "feeds.calendar.notAllowed");
        }
        String address = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/feeds/{token}.ics")
                .buildAndExpand(created.token())
                .toUriString();
        redirect.addFlashAttribute("newAddress", address);
        redirect.addFlashAttribute("newCalendar", chosen.get().label());
        return "redirect:/calendar-feeds";
    }

    @PostMapping("/calendar-feeds/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        if (!feeds.revoke(caller, id)) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", "feeds.revoked");
        return "redirect:/calendar-feeds";
    }

    @GetMapping("/feeds/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.contents(token)
                .map(contents -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .body(IcsWriter.write(contents, clock.instant(), zone, messages)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.TEXT_PLAIN)
                        .body(messages.getMessage("feeds.notFound", null, Locale.UK)));
    }

    private String render(Caller caller, Model model, @Nullable String error) {
        model.addAttribute("choices", choices(caller));
        model.addAttribute(
                "feeds", feeds.feedsOf(caller).stream().map(this::row).toList());
        model.addAttribute("error", error);
        return "rota/calendar-feeds";
    }

    /**
     * The calendars the caller might follow: their own visits as a worker, their own as a person, and the
     * people whose teams they belong to (whether they may see each one's schedule is checked on making it).
     */
    private List<Choice> choices(Caller caller) {
        List<Choice> choices = new ArrayList<>();
        if (caller.hasRole(Role.WORKER.name())
                || caller.hasRole(Role.VOLUNTEER.name())
                || caller.hasRole(Role.PEER_SUPPORTER.name())) {
            choices.add(new Choice("mine", text("feeds.choice.mine")));
        }
        if (caller.hasRole(Role.SUPPORTED_PERSON.name())) {
            choices.add(new Choice(caller.accountId().toString(), text("feeds.choice.own")));
        }
        for (Team team : teams.teamsOf(caller.accountId())) {
            if (!team.personId().equals(caller.accountId())) {
                people.account(team.personId())
                        .map(AccountSummary::displayName)
                        .ifPresent(name ->
                                choices.add(new Choice(team.personId().toString(), text("feeds.choice.person", name))));
            }
        }
        return choices;
    }

    private Row row(Feed feed) {
        String name = switch (feed.subject()) {
            case WORKER -> text("feeds.choice.mine");
            case PERSON -> text("feeds.choice.person", feed.subjectName());
        };
        return new Row(
                feed.id(),
                name,
                WHEN.format(feed.createdAt().atZone(zone)),
                feed.lastFetchedAt() == null
                        ? null
                        : WHEN.format(feed.lastFetchedAt().atZone(zone)),
                feed.revokedAt() == null ? null : WHEN.format(feed.revokedAt().atZone(zone)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
