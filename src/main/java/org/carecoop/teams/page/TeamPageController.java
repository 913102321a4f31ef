package org.carecoop.teams.page;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.TeamsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team page (TE2, TE5) and the forms on it: start a conversation, add a comment or question,
 * celebrate a success, say well done, ask the practitioners. Each form posts and redirects back
 * (Post/Redirect/Get); bad input shows the page again with the GOV.UK error summary. With JavaScript,
 * htmx polls {@code /updates} and swaps in the lists that changed.
 */
@Controller
class TeamPageController {

    static final String VIEW = "teams/page/team";

    /** Labels of the flags on the comment form. */
    static final List<Views.Flag> QUESTION_FLAG = List.of(new Views.Flag("question", "team.comment.question"));

    private final TeamPage page;
    private final TeamsApi teams;

    TeamPageController(TeamPage page, TeamsApi teams) {
        this.page = page;
        this.teams = teams;
    }

    @GetMapping("/people/{personId}/team")
    String team(@PathVariable String personId, Model model) {
        return show(NotFound.id(personId), model, false);
    }

    /**
     * What changed since the page counted {@code after} items: nothing (204, which htmx leaves alone)
     * or the lists again, each marked to be swapped into its place on the page.
     */
    @GetMapping("/people/{personId}/team/updates")
    @Nullable
    String updates(
            @PathVariable String personId,
            @RequestParam(defaultValue = "-1") long after,
            Model model,
            HttpServletResponse response) {
        Optional<Views.TeamPage> changed = page.changesSince(caller(), NotFound.id(personId), after);
        if (changed.isEmpty()) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        model.addAttribute("page", changed.get());
        return "teams/page/team-updates :: updates";
    }

    @PostMapping("/people/{personId}/team/threads")
    String startThread(
            @PathVariable String personId,
            @Valid @ModelAttribute ThreadForm threadForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID id = NotFound.id(personId);
        Viewer viewer = page.admitToAdd(caller(), id);
        Set<UUID> limitedTo = new LinkedHashSet<>();
        if (!errors.hasFieldErrors("members")) {
            for (String value : threadForm.getMembers()) {
                Optional<UUID> member =
                        parse(value).filter(viewer::onPage).filter(account -> !account.equals(viewer.accountId()));
                if (member.isEmpty()) {
                    errors.rejectValue("members", "team.thread.members.invalid");
                    break;
                }
                limitedTo.add(member.get());
            }
        }
        if (errors.hasErrors()) {
            return show(id, model, true);
        }
        UUID thread = page.startThread(
                viewer, threadForm.getTitle().strip(), threadForm.getMessage().strip(), limitedTo);
        redirect.addFlashAttribute("flash", "team.thread.started");
        return "redirect:/people/" + id + "/team/threads/" + thread;
    }

    @PostMapping("/people/{personId}/team/comments")
    String comment(
            @PathVariable String personId,
            @Valid @ModelAttribute CommentForm commentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID id = NotFound.id(personId);
        Viewer viewer = page.admitToAdd(caller(), id);
        if (errors.hasErrors()) {
            return show(id, model, true);
        }
        UUID comment = page.comment(viewer, commentForm.getComment().strip(), commentForm.isQuestion());
        redirect.addFlashAttribute("flash", commentForm.isQuestion() ? "team.question.added" : "team.comment.added");
        return "redirect:/people/" + id + "/team#comment-" + comment;
    }

    @PostMapping("/people/{personId}/team/celebrations")
    String celebrate(
            @PathVariable String personId,
            @Valid @ModelAttribute CelebrationForm celebrationForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID id = NotFound.id(personId);
        Viewer viewer = page.admitToAdd(caller(), id);
        if (errors.hasErrors()) {
            return show(id, model, true);
        }
        UUID celebration =
                page.celebrate(viewer, celebrationForm.getCelebration().strip());
        redirect.addFlashAttribute("flash", "team.celebration.added");
        return "redirect:/people/" + id + "/team#celebration-" + celebration;
    }

    @PostMapping("/people/{personId}/team/celebrations/{celebrationId}/well-done")
    String wellDone(@PathVariable String personId, @PathVariable String celebrationId, RedirectAttributes redirect) {
        UUID id = NotFound.id(personId);
        Viewer viewer = page.admitToAdd(caller(), id);
        UUID celebration = NotFound.id(celebrationId);
        if (page.wellDone(viewer, celebration) == TeamPage.WellDone.SAID) {
            redirect.addFlashAttribute("flash", "team.wellDone.said");
        }
        return "redirect:/people/" + id + "/team#celebration-" + celebration;
    }

    @PostMapping("/people/{personId}/team/expert-questions")
    String askExpert(
            @PathVariable String personId,
            @Valid @ModelAttribute ExpertQuestionForm expertQuestionForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID id = NotFound.id(personId);
        Viewer viewer = page.admitToAdd(caller(), id);
        if (errors.hasErrors()) {
            return show(id, model, true);
        }
        page.askExpert(viewer, expertQuestionForm.getExpertQuestion().strip());
        redirect.addFlashAttribute("flash", "team.expert.asked");
        return "redirect:/people/" + id + "/team#expert-questions";
    }

    /** The page, with the form that failed (already in the model) and fresh ones for the rest. */
    private String show(UUID personId, Model model, boolean failed) {
        model.addAttribute("page", page.open(caller(), personId));
        model.addAttribute("manages", teams.mayManage(caller(), personId));
        model.addAttribute(
                "logoUrl",
                teams.logoUpdatedAt(personId)
                        .map(at -> "/people/" + personId + "/team/logo?v=" + at.toEpochMilli())
                        .orElse(null));
        model.addAttribute("failed", failed);
        model.addAttribute("questionFlag", QUESTION_FLAG);
        if (!model.containsAttribute("threadForm")) {
            model.addAttribute("threadForm", new ThreadForm());
        }
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", new CommentForm());
        }
        if (!model.containsAttribute("celebrationForm")) {
            model.addAttribute("celebrationForm", new CelebrationForm());
        }
        if (!model.containsAttribute("expertQuestionForm")) {
            model.addAttribute("expertQuestionForm", new ExpertQuestionForm());
        }
        return VIEW;
    }

    private static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Caller caller() {
        return Caller.current().orElseThrow();
    }
}
