package org.carecoop.notify.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.carecoop.notify.internal.NotificationPreferences;
import org.carecoop.notify.internal.Preferences;
import org.carecoop.people.PeopleApi;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How we contact you: the channels, the reminders and quiet hours of the signed-in account. A
 * co-ordinator acting for someone in assisted mode sets that person's, since the request acts as them.
 */
@Controller
@RequestMapping(PreferencesController.PATH)
class PreferencesController {

    static final String PATH = "/account/notifications";

    /** A choice for a checkbox: the submitted value and its label's message key. */
    record Choice(String value, String labelKey) {}

    /** An hour to choose from a list: the submitted value and the text shown. */
    record Hour(String value, String label) {}

    static final List<Choice> CHANNELS = List.of(
            new Choice(PreferenceInput.EMAIL, "notifications.channel.EMAIL"),
            new Choice(PreferenceInput.SMS, "notifications.channel.SMS"));
    static final List<Choice> REMINDERS = PreferenceInput.REMINDERS.stream()
            .map(r -> new Choice(r, "notifications.reminder." + r))
            .toList();
    static final List<Hour> HOURS = IntStream.range(0, 24)
            .mapToObj(h -> new Hour(String.valueOf(h), String.format(Locale.ROOT, "%02d:00", h)))
            .toList();

    private final Preferences preferences;
    private final PeopleApi people;

    PreferencesController(Preferences preferences, PeopleApi people) {
        this.preferences = preferences;
        this.people = people;
    }

    @GetMapping
    String form(Model model) {
        Caller caller = Caller.current().orElseThrow();
        model.addAttribute("preferencesForm", PreferencesForm.of(preferences.of(caller.accountId())));
        return page(model, caller);
    }

    @PostMapping
    String save(
            @ModelAttribute PreferencesForm preferencesForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        PreferenceInput.Result result = PreferenceInput.read(
                preferencesForm.getChannels(),
                preferencesForm.getReminders(),
                preferencesForm.getDayBeforeHour(),
                preferencesForm.getQuietFrom(),
                preferencesForm.getQuietUntil(),
                phone(caller) != null);
        result.problems().forEach(p -> errors.rejectValue(p.field(), p.key()));
        NotificationPreferences chosen = result.preferences();
        if (errors.hasErrors() || chosen == null) {
            return page(model, caller);
        }
        preferences.save(caller.accountId(), chosen);
        redirect.addFlashAttribute("flash", "notifications.saved");
        return "redirect:" + PATH;
    }

    private String page(Model model, Caller caller) {
        model.addAttribute("phone", phone(caller));
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("reminders", REMINDERS);
        model.addAttribute("hours", HOURS);
        return "notify/notifications";
    }

    private @Nullable String phone(Caller caller) {
        return PreferenceInput.phone(people, caller.accountId());
    }
}
