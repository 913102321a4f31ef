package org.carecoop.notify.web;

import java.util.ArrayList;
import java.util.List;
import org.carecoop.notify.internal.NotificationPreferences;

/** The notification settings page's form, kept as sent so it can be shown again with its errors. */
public class PreferencesForm {

    private List<String> channels = new ArrayList<>();
    private List<String> reminders = new ArrayList<>();
    private String dayBeforeHour = "18";
    private String quietFrom = "";
    private String quietUntil = "";

    static PreferencesForm of(NotificationPreferences p) {
        PreferencesForm form = new PreferencesForm();
        form.channels = PreferenceInput.channels(p);
        form.reminders = PreferenceInput.reminders(p);
        form.dayBeforeHour = p.dayBeforeHour() == null ? "18" : String.valueOf(p.dayBeforeHour());
        form.quietFrom = p.quietFrom() == null ? "" : String.valueOf(p.quietFrom());
        form.quietUntil = p.quietUntil() == null ? "" : String.valueOf(p.quietUntil());
        return form;
    }

    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels);
    }

    public List<String> getReminders() {
        return reminders;
    }

    public void setReminders(List<String> reminders) {
        this.reminders = reminders == null ? new ArrayList<>() : new ArrayList<>(reminders);
    }

    public String getDayBeforeHour() {
        return dayBeforeHour;
    }

    public void setDayBeforeHour(String dayBeforeHour) {
        this.dayBeforeHour = dayBeforeHour == null ? "" : dayBeforeHour;
    }

    public String getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(String quietFrom) {
        this.quietFrom = quietFrom == null ? "" : quietFrom;
    }

    public String getQuietUntil() {
        return quietUntil;
    }

    public void setQuietUntil(String quietUntil) {
        this.quietUntil = quietUntil == null ? "" : quietUntil;
    }
}
