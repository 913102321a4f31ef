package org.carecoop.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vetting through the JSON API (CH2): a worker's checklist, for co-ordinators and the worker
 * themself, and recording evidence, for co-ordinators, with the same checks as the form.
 */
@RestController
@RequestMapping("/api/v1/workers/{workerId}/vetting")
@Tag(name = "Vetting")
class VettingApiController {

    private final Vetting vetting;
    private final MessageSource messages;

    VettingApiController(Vetting vetting, MessageSource messages) {
        this.vetting = vetting;
        this.messages = messages;
    }

    @Schema(description = "Evidence for one vetting item; fields an item does not use are ignored")
    record EvidenceRequest(
            @Schema(
                    description =
                            "IDENTITY, DBS, QUALIFICATIONS, REFERENCE, APPLICATION_FORM, COMPETENCY_INTERVIEW or SKILLS_TEST")
            @NotNull(message = "{vetting.api.item.required}")
            VettingItem item,

            @Schema(description = "The day it was checked, not in the future", example = "2026-11-20")
            @NotNull(message = "{vetting.api.checkedOn.required}")
            LocalDate checkedOn,

            @Schema(description = "The last day it counts; a DBS check's renewal date (required for DBS)") @Nullable
            LocalDate validUntil,

            @Schema(description = "DBS: the certificate's 12 digits") @Nullable
            String certificateNumber,

            @Schema(description = "DBS: the certificate's issue date") @Nullable
            LocalDate issuedOn,

            @Schema(description = "DBS: whether it is on the DBS update service") @Nullable
            Boolean updateService,

            @Schema(description = "REFERENCE: the referee's name") @Nullable
            String refereeName,

            @Schema(description = "REFERENCE: how the referee knows the worker") @Nullable
            String relationship,

            @Schema(description = "QUALIFICATIONS: those held (required); otherwise an optional note") @Nullable
            String details) {}

    /** One piece of evidence as the API shows it. */
    record EvidenceView(
            UUID id,
            VettingItem item,
            LocalDate checkedOn,
            String checkedBy,
            @Nullable LocalDate validUntil,
            String expiry,
            @Nullable String certificateNumber,
            @Nullable LocalDate issuedOn,
            @Nullable Boolean updateService,
            @Nullable String refereeName,
            @Nullable String relationship,
            String details,
            @Nullable Instant withdrawnAt,
            @Nullable String withdrawnReason) {

        static EvidenceView of(VettingChecklist.Entry entry) {
            VettingRecord r = entry.record();
            VettingEvidence e = r.evidence();
            return new EvidenceView(
                    r.id(),
                    e.item(),
                    e.checkedOn(),
                    r.checkedByName(),
                    e.validUntil(),
                    entry.expiry().name(),
                    e.certificateNumber(),
                    e.issuedOn(),
                    e.updateService(),
                    e.refereeName(),
                    e.relationship(),
                    e.details(),
                    r.withdrawal() == null ? null : r.withdrawal().at(),
                    r.withdrawal() == null ? null : r.withdrawal().reason());
        }
    }

    /** One item with its status. */
    record ItemView(
            VettingItem item,
            int tier,
            String status,
            @Nullable LocalDate until,
            @Nullable Long daysLeft,
            List<EvidenceView> evidence) {}

    /** A worker's vetting today. */
    record ChecklistView(
            UUID workerId,
            String name,
            int tierToday,
            @Nullable LocalDate tierOneUntil,
            @Nullable LocalDate tierTwoUntil,
            List<ItemView> items,
            List<ItemView> warnings,
            List<VettingItem> missingForNextTier) {}

    @GetMapping
    @Operation(summary = "A worker's vetting: items, evidence, tier today and warnings (co-ordinators, the worker)")
    ResponseEntity<?> checklist(@PathVariable UUID workerId) {
        VettingChecklist checklist;
        try {
            checklist = vetting.checklist(Caller.current().orElseThrow(), workerId);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
        List<ItemView> items =
                checklist.items().stream().map(VettingApiController::item).toList();
        return ResponseEntity.ok(new ChecklistView(
                checklist.workerId(),
                checklist.workerName(),
                checklist.tier(),
                checklist.tiers().tierOneUntil(),
                checklist.tiers().tierTwoUntil(),
                items,
                checklist.warnings().stream().map(VettingApiController::item).toList(),
                checklist.missingForNextTier()));
    }

    @PostMapping("/evidence")
    @Operation(summary = "Record vetting evidence (co-ordinators)")
    ResponseEntity<?> record(
            @PathVariable UUID workerId, @Valid @RequestBody EvidenceRequest request, BindingResult errors) {
        Caller caller = Caller.current().orElseThrow();
        // Who may record comes before what they sent: others learn nothing from a validation message.
        if (!caller.hasRole(Role.COORDINATOR.name()) || caller.assisted()) {
            throw new AccessDeniedException("only co-ordinators record vetting evidence");
        }
        if (errors.hasErrors()) {
            return invalid(errors.getFieldErrors().stream()
                    .map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, Locale.UK)))
                    .toList());
        }
        VettingEvidence evidence = new VettingEvidence(
                request.item(),
                request.checkedOn(),
                request.validUntil(),
                request.certificateNumber(),
                request.issuedOn(),
                request.updateService(),
                request.refereeName(),
                request.relationship(),
                request.details() == null ? "" : request.details());
        UUID id;
        try {
            id = vetting.record(caller, workerId, evidence);
        } catch (IllegalArgumentException e) {
            return notFound();
        } catch (VettingException e) {
            return invalid(e.problems().stream()
                    .map(p -> Map.of("field", p.field(), "message", text(p.messageKey())))
                    .toList());
        }
        return ResponseEntity.created(URI.create("/api/v1/workers/" + workerId + "/vetting"))
                .body(Map.of("id", id, "workerId", workerId, "tiers", vetting.tiers(workerId)));
    }

    private static ItemView item(VettingChecklist.Item item) {
        return new ItemView(
                item.item(),
                item.item().tier(),
                item.status().name(),
                item.until(),
                item.daysLeft(),
                item.evidence().stream().map(EvidenceView::of).toList());
    }

    private ResponseEntity<?> notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("vetting.api.notAWorker"));
        problem.setTitle("Not found");
        return problem(problem);
    }

    private ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("api.invalid"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
