package org.carecoop.teams.page;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
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
 * One conversation on the team page (TE2): its messages and the reply form. With JavaScript, htmx
 * posts a reply and swaps in the conversation as it is after it, and polls for new messages.
 */
@Controller
class ThreadController {

    static final String VIEW = "teams/page/thread";

    private final TeamPage page;

    ThreadController(TeamPage page) {
        this.page = page;
    }

    @GetMapping("/people/{personId}/team/threads/{threadId}")
    String thread(@PathVariable String personId, @PathVariable String threadId, Model model) {
        return show(NotFound.id(personId), NotFound.id(threadId), model);
    }

    /** New messages since the page counted {@code after}: none (204) or the message list again. */
    @GetMapping("/people/{personId}/team/threads/{threadId}/updates")
    @Nullable
    String updates(
            @PathVariable String personId,
            @PathVariable String threadId,
            @RequestParam(defaultValue = "-1") long after,
            Model model,
            HttpServletResponse response) {
        Optional<Views.ThreadPage> changed = page.threadChangesSince(
                TeamPageController.caller(), NotFound.id(personId), NotFound.id(threadId), after);
        if (changed.isEmpty()) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        model.addAttribute("page", changed.get());
        return "teams/page/thread-updates :: updates";
    }

    @PostMapping("/people/{personId}/team/threads/{threadId}/messages")
    String reply(
            @PathVariable String personId,
            @PathVariable String threadId,
            @Valid @ModelAttribute ReplyForm replyForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID id = NotFound.id(personId);
        UUID thread = NotFound.id(threadId);
        Viewer viewer = page.admitToAdd(TeamPageController.caller(), id);
        if (errors.hasErrors()) {
            return show(id, thread, model);
        }
        page.reply(viewer, thread, replyForm.getReply().strip());
        redirect.addFlashAttribute("flash", "team.reply.added");
        return "redirect:/people/" + id + "/team/threads/" + thread;
    }

    private String show(UUID personId, UUID threadId, Model model) {
        model.addAttribute("page", page.thread(TeamPageController.caller(), personId, threadId));
        if (!model.containsAttribute("replyForm")) {
            model.addAttribute("replyForm", new ReplyForm());
        }
        return VIEW;
    }
}
