package org.carecoop.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.Booking;
import org.carecoop.visits.BookingAccess;
import org.carecoop.visits.BookingOutcome;
import org.carecoop.visits.BookingPlan;
import org.carecoop.visits.KnownWorkers;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Booking visits (CO2) in the browser, price shown before confirming (CO8): the form, a review step,
 * then the booking. Co-ordinators book for anyone who receives support, with shared sessions (up to
 * three people) and double-up visits (up to three workers); a person books for themself, and a
 * family member for a person who let them change their schedule ({@link BookingAccess}), arriving
 * with {@code ?person=} from that person's schedule page. The review names every visit the booking
 * makes, says when it will go to the workers as a request or is last-minute, and prices it for each
 * worker. A worker who is already booked at that time is named next to the field that chose them.
 * Co-ordinators can then cancel the visit booked (with a reason) or record that it was done.
 */
@Controller
@RequestMapping("/visits")
class BookingController {

    static final DateTimeFormatter DATE = BookingFormReader.DATE;
    static final DateTimeFormatter TIME = BookingFormReader.TIME;

    /** Roles of the accounts that can be booked to visit someone. */
    private static final List<Role> GIVE_SUPPORT = List.of(Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER);

    /** The days of the week a visit can repeat on, Monday first. */
    private static final List<Choice> DAYS = Stream.of(DayOfWeek.values())
            .map(d -> new Choice(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK)))
            .toList();

    private final VisitsApi visits;
    private final PeopleApi people;
    private final BookingAccess access;
    private final KnownWorkers known;
    private final BookingPrices prices;
    private final BookingFormReader reader;
    private final Clock clock;
    private final ZoneId zone;

    BookingController(
            VisitsApi visits,
            PeopleApi people,
            BookingAccess access,
            KnownWorkers known,
            BookingPrices prices,
            Clock clock) {
        this.visits = visits;
        this.people = people;
        this.access = access;
        this.known = known;
        this.prices = prices;
        this.clock = clock;
        this.zone = clock.getZone();
        this.reader = new BookingFormReader(zone);
    }

    /** A choice in a list: the submitted value and the text shown. */
    record Choice(String value, String label) {}

    /**
     * Choices shown together under a heading ({@code optgroup}); without a heading key they are
     * listed on their own.
     *
     * @param labelKey the message key of the heading, which may name the person ({@code {0}})
     */
    record ChoiceGroup(@Nullable String labelKey, String person, List<Choice> choices) {}

    /**
     * The visits just booked, as the co-ordinator's confirmation shows them. Serializable: it travels
     * to the next page in the session, which is stored in the database.
     *
     * @param id the first visit
     * @param count how many visits were booked; only a single one can be cancelled or completed here
     */
    record Booked(UUID id, String person, String date, String start, String end, String workers, int count)
            implements Serializable {}

    /** Who is booking, and for whom they may: everyone receiving support for a co-ordinator. */
    private record Booker(Caller caller, boolean coordinator) {}

    /** The form as read, with the people and workers it may name; no booking when it has errors. */
    private record Reading(
            Booker booker,
            Map<UUID, AccountSummary> persons,
            Map<UUID, AccountSummary> workers,
            Optional<Booking> booking) {}

    @GetMapping("/new")
    String form(
            @ModelAttribute BookingForm bookingForm,
            @RequestParam(name = "person", required = false) @Nullable String person,
            Model model) {
        Booker booker = booker();
        if (person != null && bookingForm.getPersonId().isBlank()) {
            bookingForm.setPersonId(person);
        }
        return formPage(booker, bookingForm, model);
    }

    @PostMapping("/new/review")
    String review(@Valid @ModelAttribute BookingForm bookingForm, BindingResult errors, Model model) {
        Reading reading = read(bookingForm, errors);
        Booker booker = reading.booker();
        if (reading.booking().isEmpty()) {
            return formPage(booker, bookingForm, model);
        }
        Booking booking = reading.booking().get();
        Map<UUID, AccountSummary> workers = reading.workers();
        BookingPlan plan;
        try {
            plan = visits.plan(booker.caller(), booking);
        } catch (VisitException e) {
            reader.reject(e, bookingForm, errors);
            return formPage(booker, bookingForm, model);
        }
        Optional<VisitClash> clash = plan.request() ? Optional.empty() : firstClash(booking, plan, workers);
        if (clash.isPresent()) {
            reader.reject(clash.get(), bookingForm, errors);
            return formPage(booker, bookingForm, model);
        }
        List<String> workerNames = names(booking.workerIds(), workers);
        List<BookingPrices.WorkerPrice> priced = prices.price(booking.workerIds(), workerNames, plan);
        model.addAttribute("persons", names(booking.personIds(), reading.persons()));
        model.addAttribute("workers", workerNames);
        model.addAttribute("when", when(booking.start(), booking.end()));
        model.addAttribute("repeat", repeat(booking.repeat()));
        model.addAttribute("count", plan.occurrences().size());
        model.addAttribute(
                "lastOn",
                DATE.format(plan.occurrences()
                        .get(plan.occurrences().size() - 1)
                        .start()
                        .atZone(zone)));
        model.addAttribute("request", plan.request());
        model.addAttribute("lastMinute", plan.lastMinute());
        model.addAttribute("workerList", String.join(", ", workerNames));
        model.addAttribute("prices", priced);
        model.addAttribute("total", BookingPrices.total(priced).orElse(null));
        model.addAttribute("changeUrl", changeUrl(bookingForm));
        return "visits/review";
    }

    @PostMapping("/new")
    String book(
            @Valid @ModelAttribute BookingForm bookingForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Reading reading = read(bookingForm, errors);
        Booker booker = reading.booker();
        Optional<BookingOutcome> booked = reading.booking().flatMap(b -> {
            try {
                return Optional.of(visits.book(booker.caller(), b));
            } catch (VisitException e) {
                reader.reject(e, bookingForm, errors);
                return Optional.empty();
            }
        });
        if (booked.isEmpty()) {
            return formPage(booker, bookingForm, model);
        }
        Booking b = reading.booking().orElseThrow();
        BookingOutcome outcome = booked.get();
        if (!booker.coordinator()) {
            redirect.addFlashAttribute(
                    "flash",
                    outcome.status() == VisitStatus.REQUESTED ? "bookings.form.requested" : "bookings.form.booked");
            UUID personId = b.personIds().get(0);
            String week = LocalDate.ofInstant(b.start(), zone).toString();
            return personId.equals(booker.caller().accountId())
                    ? "redirect:/schedule?week=" + week
                    : "redirect:/people/" + personId + "/schedule?week=" + week;
        }
        redirect.addFlashAttribute(
                "booked",
                new Booked(
                        outcome.visitIds().get(0),
                        String.join(", ", names(b.personIds(), reading.persons())),
                        DATE.format(b.start().atZone(zone)),
                        TIME.format(b.start().atZone(zone)),
                        TIME.format(b.end().atZone(zone)),
                        String.join(", ", names(b.workerIds(), reading.workers())),
                        outcome.visitIds().size()));
        return "redirect:/visits/new";
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @Valid @ModelAttribute CancelForm cancelForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = requireCoordinator();
        model.addAttribute("visitId", id);
        if (errors.hasErrors()) {
            return "visits/cancel";
        }
        try {
            visits.cancel(caller, id, cancelForm.getReason());
        } catch (VisitException e) {
            return refused(e, model, response);
        }
        redirect.addFlashAttribute("flash", "visits.cancelled");
        return "redirect:/visits/new";
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Caller caller = requireCoordinator();
        try {
            visits.complete(caller, id, clock.instant());
        } catch (VisitException e) {
            return refused(e, model, response);
        }
        redirect.addFlashAttribute("flash", "visits.completed");
        return "redirect:/visits/new";
    }

    /**
     * Reads the form for the booker, as the review and the confirmation both do.
     *
     * @throws AccessDeniedException when the caller may not book for the person the form names
     */
    private Reading read(BookingForm form, BindingResult errors) {
        Booker booker = booker();
        Map<UUID, AccountSummary> persons = persons(booker, form);
        Map<UUID, AccountSummary> workers = workers(form);
        return new Reading(booker, persons, workers, reader.read(form, errors, persons.keySet(), workers.keySet()));
    }

    private String formPage(Booker booker, BookingForm form, Model model) {
        if (booker.coordinator()) {
            model.addAttribute("personChoices", choices(people.accountsWithRole(Role.SUPPORTED_PERSON), true));
        } else {
            UUID personId = personFor(booker.caller(), form);
            form.setPersonId(personId.toString());
            model.addAttribute(
                    "personName",
                    people.account(personId).map(AccountSummary::displayName).orElseThrow());
        }
        model.addAttribute("coordinator", booker.coordinator());
        model.addAttribute("workerGroups", workerGroups(form, booker.coordinator()));
        model.addAttribute("dayChoices", DAYS);
        if (!model.containsAttribute("cancelForm")) {
            model.addAttribute("cancelForm", new CancelForm());
        }
        return "visits/new";
    }

    /** A visit that cannot be changed any more (or not yet): 404 when there is none, 409 otherwise. */
    private static String refused(VisitException e, Model model, HttpServletResponse response) {
        if (e.reason() == VisitException.Reason.NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reasonKey", "visits.refused." + e.reason().name().toLowerCase(Locale.ROOT));
        return "visits/refused";
    }

    /**
     * The people the booking may be for: anyone receiving support for a co-ordinator; for anyone
     * else, only the person the form names (or themself), when {@link BookingAccess} lets them book.
     *
     * @throws AccessDeniedException when the caller may not book for the person the form names
     */
    private Map<UUID, AccountSummary> persons(Booker booker, BookingForm form) {
        if (booker.coordinator()) {
            return byId(people.accountsWithRole(Role.SUPPORTED_PERSON));
        }
        UUID personId = personFor(booker.caller(), form);
        form.setPersonId(personId.toString());
        return byId(people.account(personId).stream().toList());
    }

    /**
     * The person someone other than a co-ordinator books for: the one the form names, or themself
     * when it names nobody.
     *
     * @throws AccessDeniedException when that is nobody they may book for
     */
    private UUID personFor(Caller caller, BookingForm form) {
        String named = form.getPersonId().isBlank() && caller.hasRole(Role.SUPPORTED_PERSON.name())
                ? caller.accountId().toString()
                : form.getPersonId();
        return BookingFormReader.parse(named)
                .filter(id -> people.account(id)
                        .filter(a -> a.roles().contains(Role.SUPPORTED_PERSON))
                        .isPresent())
                .filter(id -> access.mayBook(caller, id))
                .orElseThrow(() -> new AccessDeniedException("may not book visits for this person"));
    }

    /**
     * The first visit already holding one of the workers at one of the booking's times, so that the
     * review names a clash before the booker confirms; the database still decides at booking. A
     * request holds no time, so it is not checked. One read of each worker's visits over the booking.
     */
    private Optional<VisitClash> firstClash(Booking booking, BookingPlan plan, Map<UUID, AccountSummary> workers) {
        List<BookingPlan.Occurrence> occurrences = plan.occurrences();
        if (occurrences.isEmpty()) {
            return Optional.empty();
        }
        Instant from = occurrences.get(0).start();
        Instant to = occurrences.get(occurrences.size() - 1).end();
        for (UUID workerId : booking.workerIds()) {
            for (Visit held : visits.workerSchedule(workerId, from, to)) {
                if (held.status() != VisitStatus.BOOKED && held.status() != VisitStatus.COMPLETED) {
                    continue;
                }
                boolean overlaps = occurrences.stream()
                        .anyMatch(o ->
                                o.start().isBefore(held.end()) && held.start().isBefore(o.end()));
                if (overlaps) {
                    return Optional.of(
                            new VisitClash(workerId, workers.get(workerId).displayName(), held.start(), held.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** Everyone who gives support, except the workers the form's person has excluded. */
    private Map<UUID, AccountSummary> workers(BookingForm form) {
        Set<UUID> excluded = bookedPerson(form).map(p -> known.excluded(p.id())).orElse(Set.of());
        Map<UUID, AccountSummary> workers = byId(givingSupport());
        workers.keySet().removeAll(excluded);
        return workers;
    }

    /**
     * The workers to choose from: once the form names the person, their team first, then their
     * back-up pool, then everyone else, and never a worker they excluded; otherwise everyone by name.
     */
    private List<ChoiceGroup> workerGroups(BookingForm form, boolean withEmail) {
        List<AccountSummary> everyone = givingSupport();
        Optional<AccountSummary> person = bookedPerson(form);
        if (person.isEmpty()) {
            return List.of(new ChoiceGroup(null, "", choices(everyone, withEmail)));
        }
        String name = person.get().displayName();
        KnownWorkers.Known theirs = known.of(person.get().id());
        Map<UUID, AccountSummary> byId = byId(everyone);
        List<ChoiceGroup> groups = new ArrayList<>();
        Set<UUID> placed = new HashSet<>(theirs.excluded());
        for (Map.Entry<String, List<UUID>> group : List.of(
                Map.entry("visits.workers.team", theirs.team()), Map.entry("visits.workers.backUp", theirs.backUp()))) {
            List<AccountSummary> members = group.getValue().stream()
                    .filter(placed::add)
                    .map(byId::get)
                    .filter(Objects::nonNull)
                    .toList();
            if (!members.isEmpty()) {
                groups.add(new ChoiceGroup(group.getKey(), name, choices(members, withEmail)));
            }
        }
        List<AccountSummary> others =
                everyone.stream().filter(a -> !placed.contains(a.id())).toList();
        if (!others.isEmpty()) {
            groups.add(new ChoiceGroup(
                    groups.isEmpty() ? null : "visits.workers.others", name, choices(others, withEmail)));
        }
        return groups;
    }

    /** The supported person the form names, when it names one. */
    private Optional<AccountSummary> bookedPerson(BookingForm form) {
        return BookingFormReader.parse(form.getPersonId())
                .flatMap(people::account)
                .filter(a -> a.roles().contains(Role.SUPPORTED_PERSON));
    }

    /** Care workers, volunteers and peer supporters, each once, by name. */
    private List<AccountSummary> givingSupport() {
        Map<UUID, AccountSummary> once = new LinkedHashMap<>();
        GIVE_SUPPORT.stream()
                .flatMap(role -> people.accountsWithRole(role).stream())
                .forEach(a -> once.putIfAbsent(a.id(), a));
        return once.values().stream()
                .sorted(Comparator.comparing(AccountSummary::displayName).thenComparing(AccountSummary::id))
                .toList();
    }

    private static List<String> names(List<UUID> ids, Map<UUID, AccountSummary> accounts) {
        return ids.stream().map(id -> accounts.get(id).displayName()).toList();
    }

    private String when(Instant start, Instant end) {
        return DATE.format(start.atZone(zone)) + ", " + TIME.format(start.atZone(zone)) + " to "
                + TIME.format(end.atZone(zone));
    }

    /** The days a series repeats on, Monday first, and its last date; null for a single visit. */
    private static @Nullable List<String> repeat(Booking.@Nullable Repeat repeat) {
        if (repeat == null) {
            return null;
        }
        return List.of(
                repeat.days().stream()
                        .sorted()
                        .map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK))
                        .collect(Collectors.joining(", ")),
                DATE.format(repeat.until()));
    }

    /** The form again with everything as typed, for the review's "Change" link. */
    private static String changeUrl(BookingForm form) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/visits/new");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("personId", form.getPersonId());
        values.put("secondPersonId", form.getSecondPersonId());
        values.put("thirdPersonId", form.getThirdPersonId());
        values.put("workerId", form.getWorkerId());
        values.put("secondWorkerId", form.getSecondWorkerId());
        values.put("thirdWorkerId", form.getThirdWorkerId());
        values.put("day", form.getDay());
        values.put("month", form.getMonth());
        values.put("year", form.getYear());
        values.put("startTime", form.getStartTime());
        values.put("endTime", form.getEndTime());
        values.put("untilDay", form.getUntilDay());
        values.put("untilMonth", form.getUntilMonth());
        values.put("untilYear", form.getUntilYear());
        values.forEach((name, value) -> {
            if (!value.isBlank()) {
                url.queryParam(name, value.strip());
            }
        });
        form.getRepeatDays().forEach(day -> url.queryParam("repeatDays", day));
        return url.encode().build().toUriString();
    }

    private static Map<UUID, AccountSummary> byId(List<AccountSummary> accounts) {
        return accounts.stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /** Accounts to choose from: with their email for co-ordinators, who tell namesakes apart by it. */
    private static List<Choice> choices(List<AccountSummary> accounts, boolean withEmail) {
        return accounts.stream()
                .map(a -> new Choice(
                        a.id().toString(), withEmail ? a.displayName() + " (" + a.email() + ")" : a.displayName()))
                .toList();
    }

    /**
     * Who is booking. Co-ordinators at their own keyboard book for anyone; anyone else may reach the
     * pages, which then check the person named with {@link BookingAccess}.
     */
    private static Booker booker() {
        Caller caller = Caller.current().orElseThrow();
        return new Booker(caller, caller.hasRole(Role.COORDINATOR.name()) && !caller.assisted());
    }

    private static Caller requireCoordinator() {
        Caller caller = Caller.current().orElseThrow();
        if (!caller.hasRole(Role.COORDINATOR.name()) || caller.assisted()) {
            throw new AccessDeniedException("only co-ordinators book visits");
        }
        return caller;
    }
}
