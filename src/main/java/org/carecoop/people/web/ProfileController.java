package org.carecoop.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.people.Condition;
import org.carecoop.people.EmploymentBasis;
import org.carecoop.people.Gender;
import org.carecoop.people.GenderPreference;
import org.carecoop.people.Need;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.ProfileException;
import org.carecoop.people.Skill;
import org.carecoop.people.SupportTime;
import org.carecoop.people.WorkerProfile;
import org.carecoop.people.internal.Account;
import org.carecoop.people.internal.ProfileChange;
import org.carecoop.people.internal.ProfileEditing;
import org.carecoop.people.internal.ProfileSections;
import org.carecoop.people.internal.ProfileViewing;
import org.carecoop.people.internal.ProfileViewing.ProfilePage;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.Navigation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Profiles (CH1): one's own profile and the form to change it, someone else's profile for those
 * allowed to see it, and "who has looked at my profile" (DA1).
 */
@Controller
class ProfileController {

    static final List<Option> NEEDS = Option.of("need", Need.class);
    static final List<Option> OUTCOMES = Option.of("outcome", OutcomeSought.class);
    static final List<Option> TIMES = Option.of("time", SupportTime.class);
    static final List<Option> GENDER_PREFERENCES = Option.of("genderPreference", GenderPreference.class);
    static final List<Option> GENDERS = Option.of("gender", Gender.class);
    static final List<Option> SKILLS = Option.of("skill", Skill.class);
    static final List<Option> CONDITIONS = Option.of("condition", Condition.class);
    static final List<Option> EMPLOYMENT_BASES = Option.of("employmentBasis", EmploymentBasis.class);
    static final List<Option> SAFETY_FLAGS = List.of(
            new Option("person.phoneBeforeVisit", "profile.person.phoneBeforeVisit"),
            new Option("person.photoBeforeFirstVisit", "profile.person.photoBeforeFirstVisit"));
    static final List<Option> DRIVING_FLAGS = List.of(new Option("worker.drives", "profile.worker.drives.label"));

    private final ProfileViewing viewing;
    private final ProfileEditing editing;
    private final ProfilePresenter presenter;
    private final SmartValidator validator;
    private final UserDetailsService userDetails;
    private final MessageSource messages;
    private final Clock clock;
    private final Geocoder geocoder;
    private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    ProfileController(
            ProfileViewing viewing,
            ProfileEditing editing,
            ProfilePresenter presenter,
            SmartValidator validator,
            UserDetailsService userDetails,
            MessageSource messages,
            Clock clock,
            Geocoder geocoder) {
        this.viewing = viewing;
        this.editing = editing;
        this.presenter = presenter;
        this.validator = validator;
        this.userDetails = userDetails;
        this.messages = messages;
        this.clock = clock;
        this.geocoder = geocoder;
    }

    @GetMapping("/profile")
    String own(Model model) {
        Caller caller = Caller.current().orElseThrow();
        model.addAttribute("profile", presenter.present(viewing.own(caller), true));
        return "people/profile";
    }

    @GetMapping("/profile/edit")
    String edit(Model model) {
        Caller caller = Caller.current().orElseThrow();
        ProfilePage page = viewing.own(caller);
        model.addAttribute("profileForm", ProfileForm.of(page.account(), page.person(), page.worker()));
        return editPage(page.account(), model);
    }

    @PostMapping("/profile/edit")
    String save(
            @ModelAttribute ProfileForm profileForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        Caller caller = Caller.current().orElseThrow();
        Account account = viewing.account(caller);
        boolean person = ProfileSections.person(account.roles());
        boolean worker = ProfileSections.worker(account.roles());

        validator.validate(profileForm, errors);
        PersonProfile personProfile = null;
        WorkerProfile workerProfile = null;
        if (person) {
            errors.pushNestedPath("person");
            validator.validate(profileForm.getPerson(), errors);
            errors.popNestedPath();
            if (!errors.hasFieldErrors("person.*")) {
                personProfile = ProfileFormReader.person(profileForm.getPerson(), errors);
            }
        }
        if (worker) {
            errors.pushNestedPath("worker");
            validator.validate(profileForm.getWorker(), errors);
            errors.popNestedPath();
            if (!errors.hasFieldErrors("worker.*")) {
                workerProfile = ProfileFormReader.worker(profileForm.getWorker(), errors);
            }
        }
        // The service refuses a postcode it cannot place too; checking here shows it with the other errors.
        rejectUnknownPostcode(personProfile == null ? null : personProfile.postcode(), "person.postcode", errors);
        rejectUnknownPostcode(workerProfile == null ? null : workerProfile.postcode(), "worker.postcode", errors);
        if (!errors.hasErrors()) {
            try {
                editing.change(
                        caller,
                        new ProfileChange(
                                profileForm.getDisplayName(), profileForm.getPhone(), personProfile, workerProfile));
                refreshSignedInName(caller, request, response);
                redirect.addFlashAttribute("flash", "profile.saved");
                return "redirect:/profile";
            } catch (ProfileException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return editPage(account, model);
    }

    @GetMapping("/people/{id}/profile")
    String someone(@PathVariable String id, Model model) {
        Caller caller = Caller.current().orElseThrow();
        UUID subject = uuid(id);
        ProfilePage page = viewing.view(caller, subject).orElseThrow(ProfileController::notFound);
        boolean own = caller.accountId().equals(subject);
        model.addAttribute("profile", presenter.present(page, own));
        return "people/profile";
    }

    /** One line of "who has looked at my profile". */
    record AccessRow(
            String when,
            String who,
            String what,
            boolean allowed,
            @Nullable String onBehalf) {}

    @GetMapping("/profile/views")
    String views(Model model) {
        Caller caller = Caller.current().orElseThrow();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy, h:mma", Locale.UK);
        List<AccessRow> rows = viewing.accessLog(caller).stream()
                .map(entry -> new AccessRow(
                        format.format(entry.occurredAt().atZone(clock.getZone()))
                                .replace("AM", "am")
                                .replace("PM", "pm"),
                        who(caller, entry),
                        what(entry),
                        entry.outcome() == AuditEntry.Outcome.ALLOWED,
                        onBehalf(caller, entry)))
                .toList();
        model.addAttribute("entries", rows);
        model.addAttribute("limit", ProfileViewing.ACCESS_LOG_LIMIT);
        return "people/profile-views";
    }

    @Bean
    static Navigation profileLink() {
        return new Navigation("/profile", "nav.profile", 10, Set.of());
    }

    private void rejectUnknownPostcode(@Nullable Postcode postcode, String field, BindingResult errors) {
        if (postcode != null && geocoder.locate(postcode).isEmpty()) {
            errors.rejectValue(field, "profile.postcode.notFound");
        }
    }

    private String editPage(Account account, Model model) {
        model.addAttribute("showPerson", ProfileSections.person(account.roles()));
        model.addAttribute("showWorker", ProfileSections.worker(account.roles()));
        model.addAttribute("email", account.email());
        model.addAttribute("needOptions", NEEDS);
        model.addAttribute("outcomeOptions", OUTCOMES);
        model.addAttribute("timeOptions", TIMES);
        model.addAttribute("genderPreferenceOptions", GENDER_PREFERENCES);
        model.addAttribute("genderOptions", GENDERS);
        model.addAttribute("skillOptions", SKILLS);
        model.addAttribute("conditionOptions", CONDITIONS);
        model.addAttribute("employmentBasisOptions", EMPLOYMENT_BASES);
        model.addAttribute("safetyFlags", SAFETY_FLAGS);
        model.addAttribute("drivingFlags", DRIVING_FLAGS);
        return "people/profile-edit";
    }

    private String who(Caller caller, AuditEntry entry) {
        if (caller.accountId().equals(entry.actorId())) {
            return text("views.you");
        }
        return entry.actorLabel();
    }

    private String what(AuditEntry entry) {
        String key = "views.what." + entry.action().toLowerCase(Locale.ROOT) + "."
                + entry.recordType().toLowerCase(Locale.ROOT);
        String fallback = entry.action() + " " + entry.recordType();
        return messages.getMessage(key, null, fallback, Locale.UK);
    }

    private @Nullable String onBehalf(Caller caller, AuditEntry entry) {
        if (entry.onBehalfOf() == null) {
            return null;
        }
        if (entry.onBehalfOf().equals(caller.accountId())) {
            return text("views.onYourBehalf");
        }
        String name = viewing.displayName(entry.onBehalfOf()).orElse(text("views.someoneElse"));
        return messages.getMessage("views.onBehalfOf", new Object[] {name}, Locale.UK);
    }

    /**
     * The session holds the name shown in the page header; after a change of name, sign the account
     * in afresh with its new details. Not while a co-ordinator acts for someone: that sign-in is the
     * co-ordinator's own.
     */
    private void refreshSignedInName(Caller caller, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (caller.assisted()
                || !(current instanceof UsernamePasswordAuthenticationToken)
                || !(current.getPrincipal() instanceof UserDetails principal)) {
            return;
        }
        UserDetails fresh = userDetails.loadUserByUsername(principal.getUsername());
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        token.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
