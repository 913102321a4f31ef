package org.carecoop.teams.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PhotoException;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.UploadForm;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamLogo;
import org.carecoop.teams.TeamsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's identity and invited members (TE1, TE7): its name and logo, inviting family, friends,
 * professionals, volunteers, peer supporters and nominees by their email address, and removing them.
 * For the person and their nominees; the logo is shown to everyone who may see the team.
 */
@Controller
class TeamSettingsController {

    static final String LOGO_UPLOAD = "/people/{personId}/team/logo/upload";
    static final List<MemberRole> INVITABLE = List.of(
            MemberRole.FAMILY_OR_FRIEND,
            MemberRole.HEALTH_PROFESSIONAL,
            MemberRole.VOLUNTEER,
            MemberRole.PEER_SUPPORTER,
            MemberRole.NOMINEE);

    private final TeamsApi teams;
    private final PeopleApi people;
    private final TeamPages pages;

    private final Object[] limits;

    TeamSettingsController(
            TeamsApi teams,
            PeopleApi people,
            TeamPages pages,
            @Value("${carecoop.photos.max-bytes:5242880}") long maxBytes,
            @Value("${carecoop.photos.max-pixels:40000000}") long maxPixels) {
        this.teams = teams;
        this.people = people;
        this.pages = pages;
        this.limits = new Object[] {maxBytes / (1024 * 1024), maxPixels / 1_000_000};
    }

    @Bean
    static UploadForm teamLogoUploadForm() {
        return new UploadForm("/people/*/team/logo/upload");
    }

    @GetMapping("/people/{personId}/team/settings")
    String settings(@PathVariable String personId, Model model) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        Optional<Team> team = teams.teamOf(person.id());
        if (team.isEmpty()) {
            model.addAttribute("person", person);
            return "teams/no-team";
        }
        model.addAttribute("nameForm", new TeamNameForm(team.get().name()));
        model.addAttribute("inviteForm", new InviteForm());
        return settingsPage(person, team.get(), model);
    }

    @PostMapping("/people/{personId}/team/name")
    String rename(
            @PathVariable String personId,
            @Valid @ModelAttribute("nameForm") TeamNameForm nameForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        Team team = pages.team(person.id());
        if (errors.hasErrors()) {
            model.addAttribute("inviteForm", new InviteForm());
            return settingsPage(person, team, model);
        }
        teams.rename(caller, person.id(), nameForm.getName());
        redirect.addFlashAttribute("flash", "team.settings.renamed");
        return "redirect:/people/" + person.id() + "/team/settings";
    }

    @PostMapping("/people/{personId}/team/members")
    String invite(
            @PathVariable String personId,
            @Valid @ModelAttribute("inviteForm") InviteForm inviteForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        Team team = pages.team(person.id());
        Optional<AccountSummary> invited = Optional.empty();
        if (!errors.hasFieldErrors("email")) {
            invited = people.accountByEmail(inviteForm.getEmail().strip());
            AccountSummary found = invited.orElse(null);
            if (found == null) {
                errors.rejectValue("email", "team.invite.email.unknown");
            } else if (found.id().equals(person.id())) {
                errors.rejectValue("email", "team.invite.email.self");
            } else if (team.members().stream().anyMatch(m -> m.accountId().equals(found.id()))) {
                errors.rejectValue("email", "team.invite.email.already");
            }
        }
        if (errors.hasErrors() || invited.isEmpty()) {
            model.addAttribute("nameForm", new TeamNameForm(team.name()));
            return settingsPage(person, team, model);
        }
        teams.addMember(caller, person.id(), invited.get().id(), inviteForm.role());
        redirect.addFlashAttribute("flash", "team.settings.invited");
        return "redirect:/people/" + person.id() + "/team/settings";
    }

    @PostMapping("/people/{personId}/team/members/{memberId}/remove")
    String remove(@PathVariable String personId, @PathVariable String memberId, RedirectAttributes redirect) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        UUID member = TeamPages.uuid(memberId);
        boolean invited = pages.team(person.id()).members().stream()
                .anyMatch(m -> m.accountId().equals(member) && m.role() != MemberRole.WORKER);
        if (!invited) {
            throw TeamPages.notFound();
        }
        teams.removeMember(caller, person.id(), member);
        redirect.addFlashAttribute("flash", "team.settings.removed");
        return "redirect:/people/" + person.id() + "/team/settings";
    }

    /** The logo page. {@code error=too-big} comes from the platform's upload limits. */
    @GetMapping(LOGO_UPLOAD)
    String logoForm(
            @PathVariable String personId, @RequestParam(required = false) @Nullable String error, Model model) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        Team team = pages.team(person.id());
        LogoForm form = new LogoForm();
        model.addAttribute("logoForm", form);
        if ("too-big".equals(error)) {
            BindingResult errors = new BeanPropertyBindingResult(form, "logoForm");
            errors.rejectValue("logo", logoError(PhotoException.Reason.TOO_BIG), limits, null);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "logoForm", errors);
        }
        return logoPage(person, team, model);
    }

    @PostMapping(LOGO_UPLOAD)
    String uploadLogo(
            @PathVariable String personId,
            @ModelAttribute LogoForm logoForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        Team team = pages.team(person.id());
        try {
            byte[] bytes = logoForm.getLogo() == null
                    ? new byte[0]
                    : logoForm.getLogo().getBytes();
            teams.setLogo(caller, person.id(), bytes);
            redirect.addFlashAttribute("flash", "team.logo.saved");
            return "redirect:/people/" + person.id() + "/team/settings";
        } catch (PhotoException e) {
            errors.rejectValue("logo", logoError(e.reason()), limits, null);
        } catch (IOException e) {
            errors.rejectValue("logo", logoError(PhotoException.Reason.UNREADABLE), limits, null);
        }
        return logoPage(person, team, model);
    }

    @PostMapping("/people/{personId}/team/logo/remove")
    String removeLogo(@PathVariable String personId, RedirectAttributes redirect) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        pages.team(person.id());
        teams.removeLogo(caller, person.id());
        redirect.addFlashAttribute("flash", "team.logo.removed");
        return "redirect:/people/" + person.id() + "/team/settings";
    }

    @GetMapping("/people/{personId}/team/logo")
    ResponseEntity<byte[]> logo(@PathVariable String personId) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.person(personId);
        if (!teams.mayViewTeam(caller, person.id())) {
            throw new AccessDeniedException("not in the team");
        }
        TeamLogo logo = teams.logo(person.id()).orElseThrow(TeamPages::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .lastModified(logo.updatedAt())
                .body(logo.bytes());
    }

    /** The logo's own wording for why an image was refused, e.g. {@code team.logo.error.too_big}. */
    private static String logoError(PhotoException.Reason reason) {
        return "team.logo.error." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }

    private String settingsPage(AccountSummary person, Team team, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("team", team);
        model.addAttribute("names", pages.names());
        model.addAttribute("roles", INVITABLE);
        model.addAttribute("logoUrl", logoUrl(person.id()));
        return "teams/settings";
    }

    private String logoPage(AccountSummary person, Team team, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("team", team);
        model.addAttribute("logoUrl", logoUrl(person.id()));
        model.addAttribute("maxMegabytes", limits[0]);
        return "teams/logo";
    }

    private @Nullable String logoUrl(UUID personId) {
        return teams.logoUpdatedAt(personId)
                .map(at -> "/people/" + personId + "/team/logo?v=" + at.toEpochMilli())
                .orElse(null);
    }
}
