package org.carecoop.rota.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.internal.Cover;
import org.carecoop.rota.internal.Cover.CoverRefused;
import org.carecoop.rota.internal.Cover.Offer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A worker's cover offers (CO4): visits whose usual worker cannot come, each with "I can go" and "I can't".
 * Whoever says yes first gets the visit; a later yes is told it has been taken, on the same page.
 */
@Controller
class CoverController {

    private final Cover cover;
    private final ZoneId zone;

    CoverController(Cover cover, Clock clock) {
        this.cover = cover;
        this.zone = clock.getZone();
    }

    /** An offer as the page lists it. */
    record Row(
            UUID id,
            String personName,
            String absentName,
            String when,
            String until,
            @Nullable String answer) {}

    @GetMapping("/cover")
    String offers(Model model) {
        Caller worker = worker();
        model.addAttribute("offers", rows(cover.offersFor(worker.accountId())));
        return "rota/cover";
    }

    @PostMapping("/cover/{id}/accept")
    String accept(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Caller worker = worker();
        try {
            cover.accept(worker, id);
        } catch (CoverRefused refused) {
            return refused(worker, refused, model);
        }
        redirect.addFlashAttribute("flash", "cover.page.accepted");
        return "redirect:/cover";
    }

    @PostMapping("/cover/{id}/decline")
    String decline(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Caller worker = worker();
        try {
            cover.decline(worker, id);
        } catch (CoverRefused refused) {
            return refused(worker, refused, model);
        }
        redirect.addFlashAttribute("flash", "cover.page.declined");
        return "redirect:/cover";
    }

    private String refused(Caller worker, CoverRefused refused, Model model) {
        if (refused.refusal() == Cover.Refusal.NO_OFFER) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("offers", rows(cover.offersFor(worker.accountId())));
        model.addAttribute(
                "refusal", "cover.refused." + refused.refusal().name().toLowerCase(Locale.ROOT));
        return "rota/cover";
    }

    private List<Row> rows(List<Offer> offers) {
        return offers.stream()
                .map(o -> new Row(
                        o.request().id(),
                        o.request().personName(),
                        o.request().absentWorkerName(),
                        CoverApiController.WHEN.format(o.request().start().atZone(zone)),
                        ScheduleController.TIME.format(o.request().end().atZone(zone)),
                        o.answer()))
                .toList();
    }

    /** Cover is offered to people who give support; nobody acts for a worker. */
    static Caller worker() {
        Caller caller = Caller.current().orElseThrow();
        boolean gives = caller.hasRole(Role.WORKER.name())
                || caller.hasRole(Role.VOLUNTEER.name())
                || caller.hasRole(Role.PEER_SUPPORTER.name());
        if (!gives || caller.assisted()) {
            throw new AccessDeniedException("cover is offered to workers");
        }
        return caller;
    }
}
