package org.carecoop.peers.web;

import static org.carecoop.peers.web.PeerPaths.PAGE;
import static org.carecoop.peers.web.PeerPaths.caller;
import static org.carecoop.peers.web.PeerPaths.id;
import static org.carecoop.peers.web.PeerPaths.page;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.carecoop.peers.PeerPage;
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

/** A post on a peer page with its replies, for the page's members; htmx polls the replies. */
@Controller
@RequestMapping("/peers" + PAGE + "/posts/{postId}")
class PostsController {

    private final Membership membership;
    private final PeerActivity activity;
    private final PeerPageViews views;

    PostsController(Membership membership, PeerActivity activity, PeerPageViews views) {
        this.membership = membership;
        this.activity = activity;
        this.views = views;
    }

    @GetMapping
    @Nullable
    String post(
            @PathVariable String kind,
            @PathVariable String code,
            @PathVariable String postId,
            @RequestParam(name = "seen", required = false) @Nullable String seen,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        PeerPage page = page(kind, code);
        PeerPageViews.DiscussionView shown = discussion(caller(), page, id(postId));
        if (htmx != null && shown.version().equals(seen)) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        model.addAttribute("replyForm", new ReplyForm());
        model.addAttribute("heading", views.heading(page));
        model.addAttribute("discussion", shown);
        return htmx == null ? "peers/post" : "peers/post :: replies";
    }

    @PostMapping("/replies")
    String reply(
            @PathVariable String kind,
            @PathVariable String code,
            @PathVariable String postId,
            @Valid @ModelAttribute ReplyForm replyForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PeerPage page = page(kind, code);
        Caller caller = caller();
        UUID id = id(postId);
        membership.requireMember(caller, page);
        if (errors.hasErrors()) {
            model.addAttribute("heading", views.heading(page));
            model.addAttribute("discussion", discussion(caller, page, id));
            return "peers/post";
        }
        activity.reply(caller, page, id, replyForm.getReply());
        redirect.addFlashAttribute("flash", "peers.replied");
        return "redirect:" + page.path() + "/posts/" + id;
    }

    private PeerPageViews.DiscussionView discussion(Caller caller, PeerPage page, UUID postId) {
        return views.discussion(page, activity.discussion(caller, page, postId));
    }
}
