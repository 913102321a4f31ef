package org.carecoop.teams.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessOverview;
import org.carecoop.teams.Category;
import org.carecoop.teams.Circle;
import org.carecoop.teams.Permission;
import org.carecoop.teams.TeamsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Who sees what" (TE3, DA1): each member and circle with what they can see and change and why, the
 * controls to change it, cover workers' access and break-glass openings. For the person and their
 * nominees only.
 */
@Controller
class AccessController {

    private final TeamsApi teams;
    private final TeamPages pages;

    AccessController(TeamsApi teams, TeamPages pages) {
        this.teams = teams;
        this.pages = pages;
    }

    @GetMapping("/people/{personId}/team/access")
    String page(@PathVariable String personId, Model model) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        if (teams.teamOf(person.id()).isEmpty()) {
            model.addAttribute("person", person);
            return "teams/no-team";
        }
        AccessOverview overview = teams.accessOverview(caller, person.id());
        model.addAttribute("person", person);
        model.addAttribute("self", caller.accountId().equals(person.id()));
        model.addAttribute("overview", overview);
        model.addAttribute("categories", List.of(Category.values()));
        model.addAttribute("names", pages.names());
        return "teams/access";
    }

    @PostMapping("/people/{personId}/team/access/members/{memberId}")
    String member(
            @PathVariable String personId,
            @PathVariable String memberId,
            @RequestParam(name = "allowed", required = false) @Nullable List<String> allowed,
            RedirectAttributes redirect) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        UUID member = TeamPages.uuid(memberId);
        if (pages.team(person.id()).members().stream()
                .noneMatch(m -> m.accountId().equals(member))) {
            throw TeamPages.notFound();
        }
        teams.setMemberPermissions(caller, person.id(), member, permissions(allowed));
        redirect.addFlashAttribute("flash", "team.access.saved");
        return "redirect:/people/" + person.id() + "/team/access#member-" + member;
    }

    @PostMapping("/people/{personId}/team/access/circles/{circle}")
    String circle(
            @PathVariable String personId,
            @PathVariable String circle,
            @RequestParam(name = "allowed", required = false) @Nullable List<String> allowed,
            RedirectAttributes redirect) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        Circle which = circle(circle);
        pages.team(person.id());
        teams.setCirclePermissions(caller, person.id(), which, permissions(allowed));
        redirect.addFlashAttribute("flash", "team.access.saved");
        return "redirect:/people/" + person.id() + "/team/access#circle-" + which.slug();
    }

    @PostMapping("/people/{personId}/team/access/members/{memberId}/personal-care")
    String personalCare(
            @PathVariable String personId,
            @PathVariable String memberId,
            @RequestParam(name = "givesPersonalCare", defaultValue = "false") boolean givesPersonalCare,
            RedirectAttributes redirect) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        UUID member = TeamPages.uuid(memberId);
        boolean worker = pages.team(person.id()).members().stream()
                .anyMatch(m -> m.accountId().equals(member) && m.role() == org.carecoop.teams.MemberRole.WORKER);
        if (!worker) {
            throw TeamPages.notFound();
        }
        teams.setGivesPersonalCare(caller, person.id(), member, givesPersonalCare);
        redirect.addFlashAttribute("flash", "team.access.saved");
        return "redirect:/people/" + person.id() + "/team/access#member-" + member;
    }

    private static Circle circle(String slug) {
        try {
            return Circle.ofSlug(slug);
        } catch (IllegalArgumentException e) {
            throw TeamPages.notFound();
        }
    }

    /** The ticked boxes; anything that is not a permission is refused as a bad request. */
    private static Set<Permission> permissions(@Nullable List<String> codes) {
        Set<Permission> permissions = new HashSet<>();
        if (codes == null) {
            return permissions;
        }
        for (String code : codes) {
            try {
                permissions.add(Permission.ofCode(code));
            } catch (IllegalArgumentException e) {
                throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST, "not a permission");
            }
        }
        return permissions;
    }
}
