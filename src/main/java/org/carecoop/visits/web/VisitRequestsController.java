package org.carecoop.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitsApi;
import org.springframework.context.MessageSource;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A worker's requests (CO2): visits a person or their family asked for outside the worker's
 * availability, each to accept or decline (with a reason if the worker wants to give one). Accepting
 * one the worker has been booked over since is refused, naming the visit in the way.
 */
@Controller
@RequestMapping("/visits/requests")
class VisitRequestsController {

    private static final Set<Role> GIVES_SUPPORT = EnumSet.of(Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER);

    private final VisitsApi visits;
    private final PeopleApi people;
    private final MessageSource messages;
    private final ZoneId zone;

    VisitRequestsController(VisitsApi visits, PeopleApi people, MessageSource messages, Clock clock) {
        this.visits = visits;
        this.people = people;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** A request as the list shows it. */
    record Entry(UUID id, String person, String date, String start, String end, String otherWorkers) {}

    @GetMapping
    String list(Model model) {
        return listPage(requireWorker(), model);
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Caller worker = requireWorker();
        try {
            visits.accept(worker, id);
        } catch (VisitClash clash) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute(
                    "clash",
                    messages.getMessage(
                            "visits.worker.clash",
                            new Object[] {
                                clash.workerName(),
                                BookingController.TIME.format(clash.clashStart().atZone(zone)),
                                BookingController.TIME.format(clash.clashEnd().atZone(zone)),
                                BookingController.DATE.format(clash.clashStart().atZone(zone))
                            },
                            Locale.UK));
            return listPage(worker, model);
        } catch (VisitException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", "bookings.requests.accepted");
        return "redirect:/visits/requests";
    }

    @GetMapping("/{id}/decline")
    String declineForm(@PathVariable UUID id, Model model) {
        Caller worker = requireWorker();
        model.addAttribute("request", waiting(worker, id));
        model.addAttribute("declineForm", new DeclineForm());
        return "visits/decline";
    }

    @PostMapping("/{id}/decline")
    String decline(
            @PathVariable UUID id,
            @Valid @ModelAttribute DeclineForm declineForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller worker = requireWorker();
        Entry request = waiting(worker, id);
        if (errors.hasErrors()) {
            model.addAttribute("request", request);
            return "visits/decline";
        }
        try {
            visits.decline(worker, id, declineForm.getReason());
        } catch (VisitException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", "bookings.requests.declined");
        return "redirect:/visits/requests";
    }

    private String listPage(Caller worker, Model model) {
        model.addAttribute(
                "requests",
                visits.requestsFor(worker.accountId()).stream()
                        .map(v -> entry(v, worker.accountId()))
                        .toList());
        return "visits/requests";
    }

    /** The request, when it waits for this worker's answer; 404 otherwise. */
    private Entry waiting(Caller worker, UUID id) {
        return visits.requestsFor(worker.accountId()).stream()
                .filter(v -> v.id().equals(id))
                .findFirst()
                .map(v -> entry(v, worker.accountId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Entry entry(Visit visit, UUID self) {
        List<String> others = visit.workers().stream()
                .filter(w -> !w.id().equals(self))
                .map(Visit.Worker::name)
                .toList();
        return new Entry(
                visit.id(),
                people.account(visit.personId())
                        .map(AccountSummary::displayName)
                        .orElse(""),
                BookingController.DATE.format(visit.start().atZone(zone)),
                BookingController.TIME.format(visit.start().atZone(zone)),
                BookingController.TIME.format(visit.end().atZone(zone)),
                others.stream().collect(Collectors.joining(", ")));
    }

    private static Caller requireWorker() {
        Caller caller = Caller.current().orElseThrow();
        boolean worker = GIVES_SUPPORT.stream().anyMatch(r -> caller.hasRole(r.name()));
        if (!worker || caller.assisted()) {
            throw new AccessDeniedException("only workers answer requests");
        }
        return caller;
    }
}
