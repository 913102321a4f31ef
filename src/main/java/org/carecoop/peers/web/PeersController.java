package org.carecoop.peers.web;

import static org.carecoop.peers.web.PeerPaths.PAGE;
import static org.carecoop.peers.web.PeerPaths.caller;
import static org.carecoop.peers.web.PeerPaths.id;
import static org.carecoop.peers.web.PeerPaths.page;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carecoop.peers.PeerPage;
import org.carecoop.peers.internal.Membership;
import org.carecoop.peers.internal.MembershipRule.Choice;
import org.carecoop.peers.internal.PeerActivity;
import org.carecoop.peers.internal.Standing;
import org.carecoop.people.Condition;
import org.carecoop.platform.geo.Postcode;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Peer pages (TE6): the list of pages, each page with what its members share, joining and leaving,
 * posting, and asking for and offering mentoring. Opening the list or a page works out the caller's
 * automatic memberships afresh; the page's activity region, which htmx polls, does not.
 */
@Controller
@RequestMapping("/peers")
class PeersController {

    private final Membership membership;
    private final PeerActivity activity;
    private final PeerPageViews views;

    PeersController(Membership membership, PeerActivity activity, PeerPageViews views) {
        this.membership = membership;
        this.activity = activity;
        this.views = views;
    }

    @GetMapping
    String overview(Model model) {
        Caller caller = caller();
        membership.refresh(caller);
        model.addAttribute("placeForm", new PlaceForm());
        return overviewPage(caller, model);
    }

    /** Joins the page of the area a postcode or district names, and goes there. */
    @PostMapping("/areas")
    String joinArea(
            @Valid @ModelAttribute PlaceForm placeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = caller();
        Optional<PeerPage> page = errors.hasFieldErrors("place") ? Optional.empty() : area(placeForm.getPlace());
        if (page.isEmpty()) {
            if (!errors.hasFieldErrors("place")) {
                errors.rejectValue("place", "peers.place.format");
            }
            return overviewPage(caller, model);
        }
        membership.join(caller, page.get());
        redirect.addFlashAttribute("flash", "peers.joined");
        return "redirect:" + page.get().path();
    }

    /**
     * A page: its members see everything shared on it, anyone else its name and a Join button. htmx
     * polls the activity region and is answered 204 when nothing it shows has changed since the
     * version it has ({@code seen}).
     */
    @GetMapping(PAGE)
    @Nullable
    String show(
            @PathVariable String kind,
            @PathVariable String code,
            @RequestParam(name = "seen", required = false) @Nullable String seen,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        PeerPage page = page(kind, code);
        Caller caller = caller();
        if (htmx == null) {
            membership.refresh(caller);
        }
        Standing standing = membership.standing(caller.accountId(), page);
        if (!standing.member()) {
            if (htmx != null) {
                throw new AccessDeniedException("Only members see a page's activity");
            }
            model.addAttribute("heading", views.heading(page));
            model.addAttribute("left", standing.choice() == Choice.LEFT);
            return "peers/join";
        }
        PeerPageViews.ActivityView shown =
                views.activity(caller, page, activity.activity(caller, page), membership.members(page));
        if (htmx != null && shown.version().equals(seen)) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        model.addAttribute("postForm", new PostForm());
        memberPage(page, standing, shown, model);
        return htmx == null ? "peers/page" : "peers/page :: activity";
    }

    @PostMapping(PAGE + "/join")
    String join(@PathVariable String kind, @PathVariable String code, RedirectAttributes redirect) {
        PeerPage page = page(kind, code);
        membership.join(caller(), page);
        redirect.addFlashAttribute("flash", "peers.joined");
        return "redirect:" + page.path();
    }

    @PostMapping(PAGE + "/leave")
    String leave(@PathVariable String kind, @PathVariable String code, RedirectAttributes redirect) {
        membership.leave(caller(), page(kind, code));
        redirect.addFlashAttribute("flash", "peers.left");
        return "redirect:/peers";
    }

    @PostMapping(PAGE + "/posts")
    String post(
            @PathVariable String kind,
            @PathVariable String code,
            @Valid @ModelAttribute PostForm postForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PeerPage page = page(kind, code);
        Caller caller = caller();
        membership.requireMember(caller, page);
        if (errors.hasErrors()) {
            memberPage(
                    page,
                    membership.standing(caller.accountId(), page),
                    views.activity(caller, page, activity.activity(caller, page), membership.members(page)),
                    model);
            return "peers/page";
        }
        activity.post(caller, page, postForm.getMessage());
        redirect.addFlashAttribute("flash", "peers.posted");
        return "redirect:" + page.path();
    }

    @GetMapping(PAGE + "/mentoring/new")
    String newMentoringRequest(@PathVariable String kind, @PathVariable String code, Model model) {
        PeerPage page = page(kind, code);
        membership.requireMember(caller(), page);
        model.addAttribute("mentoringForm", new MentoringForm());
        model.addAttribute("heading", views.heading(page));
        return "peers/mentoring-new";
    }

    @PostMapping(PAGE + "/mentoring")
    String askForMentor(
            @PathVariable String kind,
            @PathVariable String code,
            @Valid @ModelAttribute MentoringForm mentoringForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PeerPage page = page(kind, code);
        Caller caller = caller();
        membership.requireMember(caller, page);
        if (errors.hasErrors()) {
            model.addAttribute("heading", views.heading(page));
            return "peers/mentoring-new";
        }
        activity.askForMentor(caller, page, mentoringForm.getNeed());
        redirect.addFlashAttribute("flash", "peers.mentoring.asked");
        return "redirect:" + page.path();
    }

    @PostMapping(PAGE + "/mentoring/{requestId}/offer")
    String offerToMentor(
            @PathVariable String kind,
            @PathVariable String code,
            @PathVariable String requestId,
            RedirectAttributes redirect) {
        PeerPage page = page(kind, code);
        PeerActivity.Offer offer = activity.offerToMentor(caller(), page, id(requestId));
        redirect.addFlashAttribute(
                "flash", "peers.mentoring.offer." + offer.name().toLowerCase(Locale.ROOT));
        return "redirect:" + page.path();
    }

    @PostMapping(PAGE + "/mentoring/{requestId}/accept")
    String acceptMentor(
            @PathVariable String kind,
            @PathVariable String code,
            @PathVariable String requestId,
            RedirectAttributes redirect) {
        PeerPage page = page(kind, code);
        boolean accepted = activity.acceptMentor(caller(), page, id(requestId));
        redirect.addFlashAttribute("flash", accepted ? "peers.mentoring.accepted" : "peers.mentoring.nothingToAccept");
        return "redirect:" + page.path();
    }

    private void memberPage(PeerPage page, Standing standing, PeerPageViews.ActivityView shown, Model model) {
        model.addAttribute("heading", views.heading(page));
        model.addAttribute("automatic", standing.memberAutomatically());
        model.addAttribute("activity", shown);
    }

    private String overviewPage(Caller caller, Model model) {
        Map<PeerPage, Standing> standings = membership.pagesOf(caller.accountId()).stream()
                .collect(Collectors.toMap(Standing::page, Function.identity()));
        model.addAttribute(
                "yours",
                standings.values().stream()
                        .sorted(Comparator.comparing((Standing s) -> s.page().kind())
                                .thenComparing(s -> views.title(s.page())))
                        .map(s -> views.link(s.page(), true, s.memberAutomatically()))
                        .toList());
        model.addAttribute(
                "conditions",
                Arrays.stream(Condition.values())
                        .map(PeerPage::of)
                        .map(page -> views.link(page, standings.containsKey(page), false))
                        .sorted(Comparator.comparing(PeerPageViews.PageLink::title))
                        .toList());
        List<PeerPageViews.PageLink> areas = membership.areaPages().stream()
                .map(page -> views.link(page, standings.containsKey(page), false))
                .toList();
        model.addAttribute("areas", areas);
        return "peers/index";
    }

    /** The area page of a postcode, or of a district typed on its own in any case. */
    private static Optional<PeerPage> area(String place) {
        Optional<Postcode> postcode = Postcode.parse(place);
        if (postcode.isPresent()) {
            return postcode.map(PeerPage::of);
        }
        String district = place.strip().toUpperCase(Locale.UK);
        return PeerPage.isDistrict(district) ? Optional.of(PeerPage.ofDistrict(district)) : Optional.empty();
    }
}
