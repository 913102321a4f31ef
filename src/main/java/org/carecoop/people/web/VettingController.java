package org.carecoop.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.people.VettingEvidence;
import org.carecoop.people.VettingException;
import org.carecoop.people.VettingItem;
import org.carecoop.people.internal.Vetting;
import org.carecoop.people.internal.VettingChecklist;
import org.carecoop.people.internal.VettingRecord;
import org.carecoop.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Vetting pages (CH2). Workers, volunteers and peer supporters read their own checklist at {@code
 * /vetting}; co-ordinators see everyone's tier and warnings at {@code /vetting/workers}, open a
 * worker's checklist, add evidence item by item and withdraw evidence with a reason.
 */
@Controller
class VettingController {

    /** Where each field of {@link VettingEvidence} is on the form. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "checkedOn", "checkedDay",
            "issuedOn", "issuedDay",
            "validUntil", "validDay");

    private final Vetting vetting;
    private final ZoneId zone;

    VettingController(Vetting vetting, Clock clock) {
        this.vetting = vetting;
        this.zone = clock.getZone();
    }

    @GetMapping("/vetting")
    String own(Model model) {
        Caller caller = Caller.current().orElseThrow();
        if (!worker(caller)) {
            throw new AccessDeniedException("Only workers, volunteers and peer supporters are vetted");
        }
        model.addAttribute("checklist", vetting.checklist(caller, caller.accountId()));
        model.addAttribute("manage", false);
        model.addAttribute("own", true);
        model.addAttribute("zone", zone);
        return "people/vetting-checklist";
    }

    @GetMapping("/vetting/workers")
    String workers(Model model) {
        model.addAttribute("workers", vetting.overview(Caller.current().orElseThrow()));
        model.addAttribute("warnDays", vetting.warnDays());
        return "people/vetting-workers";
    }

    @GetMapping("/workers/{workerId}/vetting")
    String checklist(@PathVariable String workerId, Model model) {
        Caller caller = Caller.current().orElseThrow();
        model.addAttribute("checklist", checklistOf(caller, workerId));
        model.addAttribute("manage", caller.hasRole(Role.COORDINATOR.name()) && !caller.assisted());
        model.addAttribute("own", false);
        model.addAttribute("zone", zone);
        return "people/vetting-checklist";
    }

    @GetMapping("/workers/{workerId}/vetting/add/{item}")
    String addForm(@PathVariable String workerId, @PathVariable String item, Model model) {
        model.addAttribute("evidenceForm", new EvidenceForm());
        return addPage(Caller.current().orElseThrow(), workerId, item(item), model);
    }

    @PostMapping("/workers/{workerId}/vetting/add/{item}")
    String add(
            @PathVariable String workerId,
            @PathVariable String item,
            @ModelAttribute EvidenceForm evidenceForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        VettingItem what = item(item);
        VettingChecklist checklist = checklistOf(caller, workerId);
        requireCoordinator(caller);
        LocalDate issued = what == VettingItem.DBS
                ? DateFields.read(
                        evidenceForm.getIssuedDay(),
                        evidenceForm.getIssuedMonth(),
                        evidenceForm.getIssuedYear(),
                        "issuedDay",
                        "vetting.issuedOn.required",
                        "vetting.issuedOn.real",
                        errors)
                : null;
        LocalDate valid = DateFields.read(
                evidenceForm.getValidDay(),
                evidenceForm.getValidMonth(),
                evidenceForm.getValidYear(),
                "validDay",
                what == VettingItem.DBS ? "vetting.validUntil.dbsRequired" : null,
                "vetting.validUntil.real",
                errors);
        LocalDate checked = DateFields.read(
                evidenceForm.getCheckedDay(),
                evidenceForm.getCheckedMonth(),
                evidenceForm.getCheckedYear(),
                "checkedDay",
                "vetting.checkedOn.required",
                "vetting.checkedOn.real",
                errors);
        Boolean updateService = switch (evidenceForm.getUpdateService()) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
        VettingEvidence evidence = new VettingEvidence(
                what,
                checked == null ? LocalDate.MIN : checked,
                valid,
                evidenceForm.getCertificateNumber(),
                issued,
                updateService,
                evidenceForm.getRefereeName(),
                evidenceForm.getRelationship(),
                evidenceForm.getDetails());
        List<VettingException.Problem> problems;
        if (errors.hasErrors()) {
            // Say everything that is wrong at once, without saving anything.
            problems = vetting.problems(evidence);
        } else {
            try {
                vetting.record(caller, checklist.workerId(), evidence);
                redirect.addFlashAttribute("flash", "vetting.added");
                return "redirect:/workers/" + checklist.workerId() + "/vetting";
            } catch (VettingException e) {
                problems = e.problems();
            }
        }
        for (VettingException.Problem problem : problems) {
            String field = FORM_FIELDS.getOrDefault(problem.field(), problem.field());
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, problem.messageKey());
            }
        }
        return addPage(caller, workerId, what, model);
    }

    @GetMapping("/workers/{workerId}/vetting/evidence/{evidenceId}/withdraw")
    String withdrawForm(@PathVariable String workerId, @PathVariable String evidenceId, Model model) {
        model.addAttribute("withdrawForm", new WithdrawForm());
        return withdrawPage(Caller.current().orElseThrow(), workerId, evidenceId, model);
    }

    @PostMapping("/workers/{workerId}/vetting/evidence/{evidenceId}/withdraw")
    String withdraw(
            @PathVariable String workerId,
            @PathVariable String evidenceId,
            @ModelAttribute WithdrawForm withdrawForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        String page = withdrawPage(caller, workerId, evidenceId, model);
        VettingRecord record = (VettingRecord) model.getAttribute("evidence");
        try {
            vetting.withdraw(caller, record.workerId(), record.id(), withdrawForm.getReason());
        } catch (VettingException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            return page;
        }
        redirect.addFlashAttribute("flash", "vetting.withdrawn");
        return "redirect:/workers/" + record.workerId() + "/vetting";
    }

    private String withdrawPage(Caller caller, String workerId, String evidenceId, Model model) {
        VettingChecklist checklist = checklistOf(caller, workerId);
        requireCoordinator(caller);
        UUID id = uuid(evidenceId);
        VettingRecord record = checklist.items().stream()
                .flatMap(i -> i.evidence().stream())
                .map(VettingChecklist.Entry::record)
                .filter(r -> r.id().equals(id) && r.active())
                .findFirst()
                .orElseThrow(VettingController::notFound);
        model.addAttribute("checklist", checklist);
        model.addAttribute("evidence", record);
        return "people/vetting-withdraw";
    }

    private String addPage(Caller caller, String workerId, VettingItem item, Model model) {
        VettingChecklist checklist = checklistOf(caller, workerId);
        requireCoordinator(caller);
        model.addAttribute("checklist", checklist);
        model.addAttribute("item", item);
        model.addAttribute(
                "updateServiceOptions",
                List.of(new Option("yes", "vetting.updateService.yes"), new Option("no", "vetting.updateService.no")));
        return "people/vetting-evidence";
    }

    private VettingChecklist checklistOf(Caller caller, String workerId) {
        try {
            return vetting.checklist(caller, uuid(workerId));
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static boolean worker(Caller caller) {
        return caller.hasRole(Role.WORKER.name())
                || caller.hasRole(Role.VOLUNTEER.name())
                || caller.hasRole(Role.PEER_SUPPORTER.name());
    }

    private static void requireCoordinator(Caller caller) {
        if (!caller.hasRole(Role.COORDINATOR.name()) || caller.assisted()) {
            throw new AccessDeniedException("Only co-ordinators record vetting evidence");
        }
    }

    private static VettingItem item(String item) {
        try {
            return VettingItem.valueOf(item.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
