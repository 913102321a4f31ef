package org.carecoop.teams.page;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One comment or question on the team page (TE5), with its replies and the form to reply or answer. */
@Controller
class CommentController {

    static final String VIEW = "teams/page/comment";

    private final TeamPage page;

    CommentController(TeamPage page) {
        this.page = page;
    }

    @GetMapping("/people/{personId}/team/comments/{commentId}")
    String comment(@PathVariable String personId, @PathVariable String commentId, Model model) {
        return show(NotFound.id(personId), NotFound.id(commentId), model);
    }

    @PostMapping("/people/{personId}/team/comments/{commentId}/replies")
    String reply(
            @PathVariable String personId,
            @PathVariable String commentId,
            @Valid @ModelAttribute CommentReplyForm commentReplyForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID id = NotFound.id(personId);
        UUID comment = NotFound.id(commentId);
        Viewer viewer = page.admitToAdd(TeamPageController.caller(), id);
        if (errors.hasErrors()) {
            return show(id, comment, model);
        }
        page.replyToComment(viewer, comment, commentReplyForm.getCommentReply().strip());
        redirect.addFlashAttribute("flash", "team.commentReply.added");
        return "redirect:/people/" + id + "/team#comment-" + comment;
    }

    private String show(UUID personId, UUID commentId, Model model) {
        model.addAttribute("page", page.comment(TeamPageController.caller(), personId, commentId));
        if (!model.containsAttribute("commentReplyForm")) {
            model.addAttribute("commentReplyForm", new CommentReplyForm());
        }
        return VIEW;
    }
}
