package org.carecoop.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.matching.Arrangement;
import org.carecoop.matching.RequestAccess;
import org.carecoop.matching.internal.Arrangements;
import org.carecoop.matching.internal.Introduction;
import org.carecoop.matching.internal.IntroductionException;
import org.carecoop.matching.internal.IntroductionState;
import org.carecoop.matching.internal.IntroductionState.Decision;
import org.carecoop.matching.internal.IntroductionState.Side;
import org.carecoop.matching.internal.IntroductionState.Status;
import org.carecoop.matching.internal.Introductions;
import org.carecoop.matching.internal.Requests;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
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
 * Introductions (CH4) in the browser: the invitation a person sends from a shortlist, the list of a
 * person's introductions, the worker's invitations, introductions and arrangements, and the page both
 * sides share: where it stands in plain words, the other side's first name and district only (contact
 * details once both have agreed), messages, the trial session and each side's private decision.
 * With JavaScript, htmx sends a message without reloading the page.
 */
@Controller
class IntroductionController {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final Introductions introductions;
    private final Arrangements arrangements;
    private final Requests requests;
    private final RequestAccess access;
    private final PeopleApi people;
    private final Clock clock;
    private final ZoneId zone;

    IntroductionController(
            Introductions introductions,
            Arrangements arrangements,
            Requests requests,
            RequestAccess access,
            PeopleApi people,
            Clock clock) {
        this.introductions = introductions;
        this.arrangements = arrangements;
        this.requests = requests;
        this.access = access;
        this.people = people;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** The form the shortlist sends: the worker to invite. */
    public static class InviteForm {

        private String workerId = "";

        public String getWorkerId() {
            return workerId;
        }

        public void setWorkerId(String workerId) {
            this.workerId = workerId;
        }
    }

    /** The worker's answer to an invitation: accept or decline. */
    public static class AnswerForm {

        private String answer = "";

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }

    /** A side's decision after the trial: continue or end. */
    public static class DecisionForm {

        private String decision = "";

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }
    }

    /** A message in the conversation, as the page shows it. */
    record MessageLine(String author, boolean mine, String sentIso, String sentText, String body) {}

    /** The trial session as the page shows it. */
    record TrialView(String date, String start, String end) {}

    /** An introduction in a list. */
    record Row(UUID id, String name, String statusKey) {}

    /** An arrangement in the worker's list. */
    record ArrangementRow(UUID id, String name, String since, boolean active) {}

    /** The introduction page. */
    record Page(
            UUID id,
            UUID personId,
            boolean personSide,
            boolean mayAct,
            String statusKey,
            String otherName,
            String initials,
            @Nullable String district,
            @Nullable String contact,
            @Nullable TrialView trial,
            @Nullable String myDecisionKey,
            boolean mayRespond,
            boolean mayArrangeTrial,
            boolean mayDecide,
            boolean mayWithdraw,
            boolean mayMessage,
            List<MessageLine> messages) {}

    @PostMapping("/people/{personId}/requests/{requestId}/invitations")
    String invite(
            @PathVariable String personId,
            @PathVariable String requestId,
            @ModelAttribute InviteForm inviteForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = caller();
        UUID person = id(personId);
        UUID request = id(requestId);
        if (!access.mayAct(caller, person)) {
            throw new AccessDeniedException("may not act for this person");
        }
        model.addAttribute("personId", person);
        model.addAttribute("requestId", request);
        Optional<UUID> worker = parse(inviteForm.getWorkerId());
        if (inviteForm.getWorkerId().isBlank()) {
            errors.rejectValue("workerId", "introductions.invite.workerId.required");
            return "matching/invite";
        }
        if (worker.isEmpty()) {
            errors.rejectValue("workerId", "introductions.refused.not_a_worker");
            return "matching/invite";
        }
        UUID id;
        try {
            id = introductions.invite(caller, person, request, worker.get());
        } catch (IntroductionException e) {
            if (e.reason() == IntroductionException.Reason.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            errors.rejectValue("workerId", "introductions.refused." + e.reason().key());
            return "matching/invite";
        }
        redirect.addFlashAttribute("flash", "introductions.invited");
        return "redirect:/introductions/" + id;
    }

    @GetMapping("/people/{personId}/introductions")
    String ofPerson(@PathVariable String personId, Model model) {
        UUID person = id(personId);
        if (!access.mayRead(caller(), person)) {
            throw new AccessDeniedException("may not read this person's introductions");
        }
        model.addAttribute("personId", person);
        model.addAttribute("personName", introductions.name(person));
        model.addAttribute(
                "rows",
                introductions.ofPerson(person).stream()
                        .map(i -> new Row(i.id(), introductions.name(i.workerId()), statusKey(i.state(), Side.PERSON)))
                        .toList());
        return "matching/person-introductions";
    }

    @GetMapping("/introductions")
    String mine(Model model) {
        Caller caller = caller();
        model.addAttribute(
                "rows",
                introductions.ofWorker(caller.accountId()).stream()
                        .map(i -> new Row(
                                i.id(), firstName(introductions.name(i.personId())), statusKey(i.state(), Side.WORKER)))
                        .toList());
        model.addAttribute(
                "arrangements",
                arrangements.ofWorker(caller.accountId()).stream()
                        .map(this::arrangementRow)
                        .toList());
        return "matching/my-introductions";
    }

    @GetMapping("/introductions/{introductionId}")
    String page(@PathVariable String introductionId, Model model) {
        return show(id(introductionId), model);
    }

    @PostMapping("/introductions/{introductionId}/response")
    String respond(
            @PathVariable String introductionId,
            @ModelAttribute AnswerForm answerForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID id = id(introductionId);
        String answer = answerForm.getAnswer();
        if (!answer.equals("accept") && !answer.equals("decline")) {
            errors.rejectValue("answer", "introductions.answer.required");
            return show(id, model);
        }
        return attempt(
                id,
                model,
                response,
                redirect,
                "introductions.answered." + answer,
                () -> introductions.respond(caller(), id, answer.equals("accept")));
    }

    @PostMapping("/introductions/{introductionId}/trial")
    String trial(
            @PathVariable String introductionId,
            @ModelAttribute TrialForm trialForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID id = id(introductionId);
        Optional<TrialTimes.Period> period = TrialTimes.read(trialForm, zone, errors);
        if (period.isEmpty()) {
            return show(id, model);
        }
        try {
            return attempt(
                    id,
                    model,
                    response,
                    redirect,
                    "introductions.trial.set",
                    () -> introductions.arrangeTrial(
                            caller(), id, period.get().start(), period.get().end()));
        } catch (VisitClash clash) {
            errors.rejectValue(
                    "startTime",
                    "introductions.trial.clash",
                    new Object[] {
                        clash.workerName(),
                        TIME.format(clash.clashStart().atZone(zone)),
                        TIME.format(clash.clashEnd().atZone(zone)),
                        DATE.format(clash.clashStart().atZone(zone))
                    },
                    null);
            return show(id, model);
        } catch (VisitException e) {
            errors.rejectValue("endTime", "introductions.trial.tooLong");
            return show(id, model);
        } catch (IntroductionException e) {
            if (e.reason() == IntroductionException.Reason.TRIAL_IN_PAST) {
                errors.rejectValue("day", "introductions.trial.inPast");
                return show(id, model);
            }
            throw e;
        }
    }

    @PostMapping("/introductions/{introductionId}/decision")
    String decide(
            @PathVariable String introductionId,
            @ModelAttribute DecisionForm decisionForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID id = id(introductionId);
        String decision = decisionForm.getDecision();
        if (!decision.equals("continue") && !decision.equals("end")) {
            errors.rejectValue("decision", "introductions.decision.required");
            return show(id, model);
        }
        return attempt(
                id,
                model,
                response,
                redirect,
                "introductions.decided",
                () -> introductions.decide(caller(), id, Decision.ofCode(decision)));
    }

    @PostMapping("/introductions/{introductionId}/withdraw")
    String withdraw(
            @PathVariable String introductionId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID id = id(introductionId);
        return attempt(
                id, model, response, redirect, "introductions.withdrawn", () -> introductions.withdraw(caller(), id));
    }

    @PostMapping("/introductions/{introductionId}/messages")
    String message(
            @PathVariable String introductionId,
            @Valid @ModelAttribute MessageForm messageForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID id = id(introductionId);
        if (errors.hasErrors()) {
            return show(id, model);
        }
        return attempt(
                id,
                model,
                response,
                redirect,
                "introductions.message.sent",
                () -> introductions.postMessage(
                        caller(), id, messageForm.getText().strip()));
    }

    /** Does it and goes back to the page; a step not possible now shows the page again with 409. */
    private String attempt(
            UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String flash,
            Runnable action) {
        try {
            action.run();
        } catch (IntroductionException e) {
            if (e.reason() == IntroductionException.Reason.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            if (!e.reason().conflict()) {
                throw e;
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute(
                    "problemKey", "introductions.refused." + e.reason().key());
            return show(id, model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/introductions/" + id;
    }

    private String show(UUID id, Model model) {
        Caller caller = caller();
        Introductions.Seen seen;
        try {
            seen = introductions.view(caller, id);
        } catch (IntroductionException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Introduction intro = seen.introduction();
        Side side = seen.side();
        IntroductionState state = intro.state();
        Instant now = clock.instant();
        boolean mayAct = introductions.mayActFor(caller, intro);
        UUID other = side == Side.PERSON ? intro.workerId() : intro.personId();
        String otherName = introductions.name(other);
        boolean agreed = state.status() == Status.CONTINUING;
        String contact =
                agreed ? people.account(other).map(AccountSummary::email).orElse(null) : null;
        TrialView trial = state.trialStart() == null || state.trialEnd() == null || state.status() == Status.ENDED
                ? null
                : new TrialView(
                        DATE.format(state.trialStart().atZone(zone)),
                        TIME.format(state.trialStart().atZone(zone)),
                        TIME.format(state.trialEnd().atZone(zone)));
        Decision mine = state.decisionOf(side);
        List<MessageLine> messages = introductions.messages(id).stream()
                .map(m -> {
                    boolean isMine = side == Side.WORKER
                            ? m.authorId().equals(intro.workerId())
                            : !m.authorId().equals(intro.workerId());
                    String author = isMine ? "" : firstName(otherName);
                    return new MessageLine(
                            author,
                            isMine,
                            m.sentAt().toString(),
                            SENT.format(m.sentAt().atZone(zone)),
                            m.body());
                })
                .toList();
        model.addAttribute(
                "page",
                new Page(
                        id,
                        intro.personId(),
                        side == Side.PERSON,
                        mayAct,
                        statusKey(state, side),
                        agreed ? otherName : firstName(otherName),
                        initials(otherName),
                        district(intro, side),
                        contact,
                        trial,
                        mine == null || state.status() == Status.ENDED
                                ? null
                                : "introductions.decision.mine." + mine.code(),
                        mayAct && side == Side.WORKER && state.status() == Status.INVITED,
                        mayAct && state.mayArrangeTrial(now),
                        mayAct && state.mayDecide(side, now),
                        mayAct && state.mayWithdraw(now),
                        mayAct && state.mayMessage(),
                        messages));
        if (!model.containsAttribute("messageForm")) {
            model.addAttribute("messageForm", new MessageForm());
        }
        if (!model.containsAttribute("trialForm")) {
            model.addAttribute("trialForm", new TrialForm());
        }
        model.addAttribute(
                "answerOptions",
                List.of(
                        Options.of("accept", "introductions.answer.accept"),
                        Options.of("decline", "introductions.answer.decline")));
        model.addAttribute(
                "decisionOptions",
                List.of(
                        Options.of("continue", "introductions.decision.continue"),
                        Options.of("end", "introductions.decision.end")));
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm());
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm());
        }
        return "matching/introduction";
    }

    private @Nullable String district(Introduction intro, Side side) {
        if (side == Side.WORKER) {
            return intro.requestId() == null
                    ? null
                    : requests.find(intro.requestId()).map(r -> r.district()).orElse(null);
        }
        return people.workerProfile(intro.workerId())
                .map(WorkerProfile::postcode)
                .map(p -> p == null ? null : p.district())
                .orElse(null);
    }

    private ArrangementRow arrangementRow(Arrangement a) {
        return new ArrangementRow(
                a.id(),
                introductions.name(a.personId()),
                DATE.format(a.startedAt().atZone(zone)),
                a.active());
    }

    /** The message key for where it stands, as this side reads it; it takes the other's first name. */
    static String statusKey(IntroductionState state, Side side) {
        return "introductions.status." + state.status().code() + "."
                + side.name().toLowerCase(Locale.ROOT);
    }

    static String firstName(String name) {
        String stripped = name.strip();
        return stripped.isEmpty() ? stripped : stripped.split("\\s+", 2)[0];
    }

    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty() && initials.length() < 2) {
                initials.appendCodePoint(part.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.UK);
    }

    static UUID id(String text) {
        return parse(text).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Caller caller() {
        return Caller.current().orElseThrow();
    }
}
