package org.carecoop.matching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.matching.RequestAccess;
import org.carecoop.matching.internal.BackupPool;
import org.carecoop.matching.internal.BackupPool.Invitation;
import org.carecoop.matching.internal.Exclusions;
import org.carecoop.matching.internal.Introductions;
import org.carecoop.matching.internal.KnownWorkers;
import org.carecoop.platform.security.Caller;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Emergency back-up pools (CH6): the person (or someone who may act for them) invites workers they
 * know, sees where each invitation stands and takes people out; workers see their invitations at
 * {@code /backup-invitations} and accept or decline them. Cover asks the pool first.
 */
@Controller
class BackupPoolController {

    /** The most workers one form may name: more than anyone knows, fewer than could burden the server. */
    static final int MAX_INVITED = 50;

    private final BackupPool pool;
    private final KnownWorkers known;
    private final Exclusions exclusions;
    private final Introductions introductions;
    private final RequestAccess access;

    BackupPoolController(
            BackupPool pool,
            KnownWorkers known,
            Exclusions exclusions,
            Introductions introductions,
            RequestAccess access) {
        this.pool = pool;
        this.known = known;
        this.exclusions = exclusions;
        this.introductions = introductions;
        this.access = access;
    }

    /** The workers to invite. */
    public static class BackupForm {

        private List<String> workerIds = new ArrayList<>();

        public List<String> getWorkerIds() {
            return workerIds;
        }

        public void setWorkerIds(List<String> workerIds) {
            this.workerIds = workerIds;
        }
    }

    /** A worker's answer to an invitation. */
    public static class BackupAnswerForm {

        private String answer = "";

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }

    /** A checkbox with a person's name as its label. */
    record Choice(String value, String label) {}

    /** An invitation in the person's list. */
    record Row(UUID workerId, String name, String statusKey, boolean live) {}

    /** An invitation in the worker's list. */
    record WorkerRow(UUID personId, String name, boolean waiting) {}

    @GetMapping("/people/{personId}/backup-pool")
    String ofPerson(@PathVariable String personId, Model model) {
        UUID person = IntroductionController.id(personId);
        Caller caller = IntroductionController.caller();
        if (!access.mayRead(caller, person)) {
            throw new AccessDeniedException("may not read this person's back-up pool");
        }
        model.addAttribute("backupForm", new BackupForm());
        return page(caller, person, model);
    }

    @PostMapping("/people/{personId}/backup-pool")
    String invite(
            @PathVariable String personId,
            @ModelAttribute BackupForm backupForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID person = IntroductionController.id(personId);
        Caller caller = IntroductionController.caller();
        requireAct(caller, person);
        List<String> chosen = backupForm.getWorkerIds() == null ? List.of() : backupForm.getWorkerIds();
        if (chosen.stream().allMatch(String::isBlank)) {
            errors.rejectValue("workerIds", "backup.workerIds.required");
            return page(caller, person, model);
        }
        Set<UUID> allowed =
                candidates(person).stream().map(c -> UUID.fromString(c.value())).collect(Collectors.toSet());
        List<Optional<UUID>> ids =
                chosen.stream().map(IntroductionController::parse).toList();
        if (chosen.size() > MAX_INVITED || ids.stream().anyMatch(id -> id.isEmpty() || !allowed.contains(id.get()))) {
            errors.rejectValue("workerIds", "backup.workerIds.unknown");
            return page(caller, person, model);
        }
        pool.invite(
                caller,
                person,
                ids.stream().map(Optional::get).distinct().toList(),
                IntroductionController.firstName(introductions.name(person)));
        redirect.addFlashAttribute("flash", "backup.invited");
        return "redirect:/people/" + person + "/backup-pool";
    }

    @PostMapping("/people/{personId}/backup-pool/{workerId}/withdraw")
    String withdraw(@PathVariable String personId, @PathVariable String workerId, RedirectAttributes redirect) {
        UUID person = IntroductionController.id(personId);
        Caller caller = IntroductionController.caller();
        requireAct(caller, person);
        if (pool.withdraw(caller, person, IntroductionController.id(workerId))) {
            redirect.addFlashAttribute("flash", "backup.withdrawn");
        }
        return "redirect:/people/" + person + "/backup-pool";
    }

    @GetMapping("/backup-invitations")
    String mine(Model model) {
        model.addAttribute("backupAnswerForm", new BackupAnswerForm());
        return workerPage(IntroductionController.caller(), null, model);
    }

    @PostMapping("/backup-invitations/{personId}")
    String answer(
            @PathVariable String personId,
            @ModelAttribute BackupAnswerForm backupAnswerForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID person = IntroductionController.id(personId);
        Caller caller = IntroductionController.caller();
        boolean waiting = pool.ofWorker(caller.accountId()).stream()
                .anyMatch(i -> i.personId().equals(person) && i.status() == BackupPool.Status.INVITED);
        if (!waiting) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String answer = backupAnswerForm.getAnswer();
        if (!answer.equals("accept") && !answer.equals("decline")) {
            errors.rejectValue("answer", "backup.answer.required");
            return workerPage(caller, person, model);
        }
        if (!pool.respond(caller, person, answer.equals("accept"))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", "backup.answer.done");
        return "redirect:/backup-invitations";
    }

    private String page(Caller caller, UUID person, Model model) {
        model.addAttribute("personId", person);
        model.addAttribute("personName", IntroductionController.firstName(introductions.name(person)));
        model.addAttribute(
                "rows",
                pool.ofPerson(person).stream()
                        .map(i -> new Row(
                                i.workerId(),
                                introductions.name(i.workerId()),
                                "backup.status." + i.status().code(),
                                i.status().live()))
                        .toList());
        model.addAttribute("candidates", candidates(person));
        model.addAttribute("mayAct", access.mayAct(caller, person));
        return "matching/backup-pool";
    }

    private String workerPage(Caller caller, @Nullable UUID failed, Model model) {
        List<Invitation> invitations = pool.ofWorker(caller.accountId());
        model.addAttribute(
                "rows",
                invitations.stream()
                        .map(i -> new WorkerRow(
                                i.personId(),
                                IntroductionController.firstName(introductions.name(i.personId())),
                                i.status() == BackupPool.Status.INVITED))
                        .toList());
        model.addAttribute("failed", failed);
        return "matching/backup-invitations";
    }

    /** The workers the person knows who are not excluded either way and not invited or in the pool now. */
    private List<Choice> candidates(UUID person) {
        Set<UUID> taken = pool.ofPerson(person).stream()
                .filter(i -> i.status().live())
                .map(Invitation::workerId)
                .collect(Collectors.toSet());
        Set<UUID> excluded = exclusions.excludedFor(person);
        return known.of(person).stream()
                .filter(k -> !taken.contains(k.workerId()) && !excluded.contains(k.workerId()))
                .map(k -> new Choice(k.workerId().toString(), k.name()))
                .toList();
    }

    private void requireAct(Caller caller, UUID person) {
        if (!access.mayAct(caller, person)) {
            throw new AccessDeniedException("may not act for this person");
        }
    }
}
