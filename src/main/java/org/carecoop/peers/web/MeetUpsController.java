package org.carecoop.peers.web;

import static org.carecoop.peers.web.PeerPaths.PAGE;
import static org.carecoop.peers.web.PeerPaths.caller;
import static org.carecoop.peers.web.PeerPaths.id;
import static org.carecoop.peers.web.PeerPaths.page;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.peers.MeetUpPlan;
import org.carecoop.peers.PeerPage;
import org.carecoop.peers.internal.Answer;
import org.carecoop.peers.internal.Membership;
import org.carecoop.peers.internal.PeerActivity;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meet-ups on a peer page: planning one (in the co-op's time zone, never in the past), and for each
 * the members' answers and comments, which htmx polls for.
 */
@Controller
@RequestMapping("/peers" + PAGE + "/meet-ups")
class MeetUpsController {

    /** A choice of answer as the radios show it. */
    record AnswerOption(String value, String labelKey) {}

    static final List<AnswerOption> ANSWERS = Arrays.stream(Answer.values())
            .map(a -> new AnswerOption(a.name(), "peers.answer." + a.code()))
            .toList();

    private final Membership membership;
    private final PeerActivity activity;
    private final PeerPageViews views;
    private final Clock clock;

    MeetUpsController(Membership membership, PeerActivity activity, PeerPageViews views, Clock clock) {
        this.membership = membership;
        this.activity = activity;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newMeetUp(@PathVariable String kind, @PathVariable String code, Model model) {
        PeerPage page = page(kind, code);
        membership.requireMember(caller(), page);
        model.addAttribute("meetUpForm", new MeetUpForm());
        model.addAttribute("heading", views.heading(page));
        return "peers/meet-up-new";
    }

    @PostMapping
    String plan(
            @PathVariable String kind,
            @PathVariable String code,
            @Valid @ModelAttribute MeetUpForm meetUpForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PeerPage page = page(kind, code);
        Caller caller = caller();
        membership.requireMember(caller, page);
        Instant startsAt = startsAt(meetUpForm, errors);
        if (errors.hasErrors() || startsAt == null) {
            model.addAttribute("heading", views.heading(page));
            return "peers/meet-up-new";
        }
        UUID id = activity.planMeetUp(
                caller,
                page,
                new MeetUpPlan(meetUpForm.getTitle(), startsAt, meetUpForm.getPlace(), meetUpForm.getDescription()));
        redirect.addFlashAttribute("flash", "peers.meetUp.planned");
        return "redirect:" + page.path() + "/meet-ups/" + id;
    }

    @GetMapping("/{meetUpId}")
    @Nullable
    String meetUp(
            @PathVariable String kind,
            @PathVariable String code,
            @PathVariable String meetUpId,
            @RequestParam(name = "seen", required = false) @Nullable String seen,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        PeerPage page = page(kind, code);
        PeerPageViews.GatheringView shown = gathering(caller(), page, id(meetUpId));
        if (htmx != null && shown.version().equals(seen)) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        AnswerForm answerForm = new AnswerForm();
        if (shown.myAnswer() != null) {
            answerForm.setAnswer(shown.myAnswer());
        }
        model.addAttribute("answerForm", answerForm);
        model.addAttribute("commentForm", new CommentForm());
        meetUpPage(page, shown, model);
        return htmx == null ? "peers/meet-up" : "peers/meet-up :: gathering";
    }

    @PostMapping("/{meetUpId}/answer")
    String answer(
            @PathVariable String kind,
            @PathVariable String code,
            @PathVariable String meetUpId,
            @Valid @ModelAttribute AnswerForm answerForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PeerPage page = page(kind, code);
        Caller caller = caller();
        UUID id = id(meetUpId);
        PeerPageViews.GatheringView shown = gathering(caller, page, id);
        Optional<Answer> answer = Arrays.stream(Answer.values())
                .filter(a -> a.name().equals(answerForm.getAnswer()))
                .findFirst();
        if (!errors.hasFieldErrors("answer") && answer.isEmpty()) {
            errors.rejectValue("answer", "peers.answer.required");
        }
        if (!errors.hasFieldErrors("answer") && shown.past()) {
            errors.rejectValue("answer", "peers.answer.past");
        }
        if (errors.hasErrors() || answer.isEmpty()) {
            model.addAttribute("commentForm", new CommentForm());
            meetUpPage(page, shown, model);
            return "peers/meet-up";
        }
        activity.answer(caller, page, id, answer.get());
        redirect.addFlashAttribute("flash", "peers.answer.saved");
        return "redirect:" + page.path() + "/meet-ups/" + id;
    }

    @PostMapping("/{meetUpId}/comments")
    String comment(
            @PathVariable String kind,
            @PathVariable String code,
            @PathVariable String meetUpId,
            @Valid @ModelAttribute CommentForm commentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PeerPage page = page(kind, code);
        Caller caller = caller();
        UUID id = id(meetUpId);
        PeerPageViews.GatheringView shown = gathering(caller, page, id);
        if (errors.hasErrors()) {
            AnswerForm answerForm = new AnswerForm();
            if (shown.myAnswer() != null) {
                answerForm.setAnswer(shown.myAnswer());
            }
            model.addAttribute("answerForm", answerForm);
            meetUpPage(page, shown, model);
            return "peers/meet-up";
        }
        activity.comment(caller, page, id, commentForm.getComment());
        redirect.addFlashAttribute("flash", "peers.commented");
        return "redirect:" + page.path() + "/meet-ups/" + id;
    }

    private PeerPageViews.GatheringView gathering(Caller caller, PeerPage page, UUID meetUpId) {
        return views.gathering(caller, page, activity.gathering(caller, page, meetUpId));
    }

    private void meetUpPage(PeerPage page, PeerPageViews.GatheringView shown, Model model) {
        model.addAttribute("heading", views.heading(page));
        model.addAttribute("gathering", shown);
        model.addAttribute("answerOptions", ANSWERS);
    }

    /**
     * When the meet-up starts, in the co-op's zone, after rejecting a date or time that is not one, or
     * a moment that has passed. Null when either is wrong.
     */
    private @Nullable Instant startsAt(MeetUpForm form, BindingResult errors) {
        Optional<LocalDate> date = Optional.empty();
        Optional<LocalTime> time = Optional.empty();
        if (!errors.hasFieldErrors("date")) {
            date = MeetUpTimes.date(form.getDate());
            if (date.isEmpty()) {
                errors.rejectValue("date", "peers.meetUp.date.format");
            }
        }
        if (!errors.hasFieldErrors("time")) {
            time = MeetUpTimes.time(form.getTime());
            if (time.isEmpty()) {
                errors.rejectValue("time", "peers.meetUp.time.format");
            }
        }
        if (date.isEmpty() || time.isEmpty()) {
            return null;
        }
        Instant startsAt = date.get().atTime(time.get()).atZone(clock.getZone()).toInstant();
        if (!startsAt.isAfter(clock.instant())) {
            errors.rejectValue("date", "peers.meetUp.date.past");
            return null;
        }
        return startsAt;
    }
}
