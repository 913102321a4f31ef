package org.carecoop.matching.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecoop.matching.RequestDraft;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Kind;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.SupportRequest.Prefers;
import org.carecoop.matching.SupportRequest.Strength;
import org.carecoop.people.Condition;
import org.carecoop.people.FreeText;
import org.carecoop.people.Gender;
import org.carecoop.people.GenderPreference;
import org.carecoop.people.Need;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Skill;
import org.carecoop.people.SupportTime;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.springframework.validation.Errors;

/**
 * Reads the support request form into a {@link RequestDraft}, rejecting every problem at its field,
 * and fills the form from a request or a profile. Times are whole hours in the co-op's zone; a one-off
 * happens on one date, and a time the clocks skip that day is refused rather than moved, while one
 * they repeat is read as the first of the two.
 */
final class RequestFormReader {

    /** The tasks a request can ask for: one for each need, and the specialist skills that are tasks. */
    static final List<Skill> TASKS = tasks();

    /** "8:00", "08:00", "8.00" or "0800", on the 24-hour clock. */
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.]?([0-5][0-9])");

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    private final ZoneId zone;
    private final Instant now;

    RequestFormReader(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    /** The draft the form describes, or empty with every problem rejected at its field. */
    Optional<RequestDraft> read(RequestForm form, Errors errors) {
        Kind kind = choice(Kind.class, form.getKind()).orElse(null);
        if (kind == null) {
            errors.rejectValue("kind", "requests.kind.required");
        }
        WeeklyPattern times = WeeklyPattern.empty();
        int hoursWanted = 0;
        Instant start = null;
        Instant end = null;
        if (kind == Kind.WEEKLY) {
            times = weekly(form, errors);
            hoursWanted = hoursWanted(form, times, errors);
        } else if (kind == Kind.ONE_OFF) {
            Optional<Instant[]> period = oneOff(form, errors);
            if (period.isPresent()) {
                start = period.get()[0];
                end = period.get()[1];
                times = WeeklyPattern.touchedBy(start, end, zone);
                long minutes = Duration.between(start, end).toMinutes();
                hoursWanted = (int) Math.min((minutes + 59) / 60, times.hours());
            }
        }
        Set<Skill> tasks = EnumSet.noneOf(Skill.class);
        for (String task : form.getTasks()) {
            Optional<Skill> skill = choice(Skill.class, task).filter(TASKS::contains);
            if (skill.isEmpty()) {
                errors.rejectValue("tasks", "requests.tasks.unknown");
                break;
            }
            skill.ifPresent(tasks::add);
        }
        Set<OutcomeSought> outcomes = EnumSet.noneOf(OutcomeSought.class);
        for (String outcome : form.getOutcomes()) {
            Optional<OutcomeSought> o = choice(OutcomeSought.class, outcome);
            if (o.isEmpty()) {
                errors.rejectValue("outcomes", "requests.outcomes.unknown");
                break;
            }
            o.ifPresent(outcomes::add);
        }
        List<String> interests = List.of();
        if (!errors.hasFieldErrors("interests")) {
            try {
                interests = FreeText.interests(
                        FreeText.split(form.getInterests()), SupportRequest.INTERESTS_MAX, "Interests");
            } catch (IllegalArgumentException e) {
                errors.rejectValue(
                        "interests",
                        "requests.interests.words",
                        new Object[] {SupportRequest.INTERESTS_MAX, FreeText.WORD_MAX},
                        null);
            }
        }
        List<Preference> preferences = preferences(form, errors);
        Prefers prefers = choice(Prefers.class, form.getPrefers()).orElse(null);
        if (prefers == null) {
            errors.rejectValue("prefers", "requests.prefers.required");
        }
        boolean shared = "yes".equals(form.getShared());
        if (!shared && !"no".equals(form.getShared())) {
            errors.rejectValue("shared", "requests.shared.required");
        }
        if (errors.hasErrors() || kind == null || prefers == null) {
            return Optional.empty();
        }
        return Optional.of(new RequestDraft(
                form.getTitle(),
                form.getDetails(),
                kind,
                times,
                hoursWanted,
                start,
                end,
                tasks,
                outcomes,
                interests,
                prefers,
                shared,
                preferences));
    }

    private WeeklyPattern weekly(RequestForm form, Errors errors) {
        List<Window> windows = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            for (int window = 1; window <= 2; window++) {
                String fromField = RequestForm.hourField(day, window, true);
                String toField = RequestForm.hourField(day, window, false);
                String fromText = form.hour(day, window, true).strip();
                String toText = form.hour(day, window, false).strip();
                if (fromText.isEmpty() && toText.isEmpty()) {
                    continue;
                }
                Object[] dayName = {Texts.plural(DayOfWeek.of(day + 1))};
                Optional<Integer> from = hour(fromText, 0, 23);
                Optional<Integer> to = hour(toText, 1, 24);
                if (fromText.isEmpty() || from.isEmpty()) {
                    errors.rejectValue(fromField, "requests.window.from", dayName, null);
                } else if (toText.isEmpty() || to.isEmpty()) {
                    errors.rejectValue(toField, "requests.window.to", dayName, null);
                } else if (to.get() <= from.get()) {
                    errors.rejectValue(toField, "requests.window.order", dayName, null);
                } else {
                    windows.add(new Window(
                            DayOfWeek.of(day + 1),
                            LocalTime.of(from.get(), 0),
                            to.get() == 24 ? LocalTime.MIDNIGHT : LocalTime.of(to.get(), 0)));
                }
            }
        }
        if (windows.isEmpty() && !errors.hasErrors()) {
            errors.rejectValue("monFrom1", "requests.times.required");
        }
        return WeeklyPattern.of(windows);
    }

    private static int hoursWanted(RequestForm form, WeeklyPattern times, Errors errors) {
        String text = form.getHoursWanted().strip();
        if (text.isEmpty()) {
            errors.rejectValue("hoursWanted", "requests.hoursWanted.required");
            return 0;
        }
        if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) < 1) {
            errors.rejectValue("hoursWanted", "requests.hoursWanted.number");
            return 0;
        }
        int hours = Integer.parseInt(text);
        if (!times.isEmpty() && hours > times.hours()) {
            errors.rejectValue("hoursWanted", "requests.hoursWanted.tooMany", new Object[] {times.hours()}, null);
        }
        return hours;
    }

    private Optional<Instant[]> oneOff(RequestForm form, Errors errors) {
        Optional<LocalDate> date = date(form, errors);
        Optional<LocalTime> startTime = time(form.getStartTime(), "startTime", errors);
        Optional<LocalTime> endTime = time(form.getEndTime(), "endTime", errors);
        if (date.isEmpty() || startTime.isEmpty() || endTime.isEmpty()) {
            return Optional.empty();
        }
        if (!endTime.get().isAfter(startTime.get())) {
            errors.rejectValue("endTime", "requests.endTime.order");
            return Optional.empty();
        }
        Optional<Instant> start = instant(date.get(), startTime.get(), "startTime", errors);
        Optional<Instant> end = instant(date.get(), endTime.get(), "endTime", errors);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (!start.get().isAfter(now)) {
            errors.rejectValue("day", "requests.date.future");
            return Optional.empty();
        }
        return Optional.of(new Instant[] {start.get(), end.get()});
    }

    private static Optional<LocalDate> date(RequestForm form, Errors errors) {
        String day = form.getDay().strip();
        String month = form.getMonth().strip();
        String year = form.getYear().strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            errors.rejectValue("day", "requests.date.required");
            return Optional.empty();
        }
        try {
            if (NUMBER.matcher(day).matches() && NUMBER.matcher(month).matches() && year.matches("[0-9]{4}")) {
                return Optional.of(
                        LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
            }
        } catch (DateTimeException e) {
            // Not a real date: refused below.
        }
        errors.rejectValue("day", "requests.date.real");
        return Optional.empty();
    }

    private static Optional<LocalTime> time(String text, String field, Errors errors) {
        if (text.isBlank()) {
            errors.rejectValue(field, "requests." + field + ".required");
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            errors.rejectValue(field, "requests.time.format");
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    private Optional<Instant> instant(LocalDate date, LocalTime time, String field, Errors errors) {
        LocalDateTime local = date.atTime(time);
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            errors.rejectValue(field, "requests.time.skipped", new Object[] {Texts.TIME.format(time)}, null);
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.ofLocal(local, zone, null).toInstant());
    }

    private static List<Preference> preferences(RequestForm form, Errors errors) {
        List<Preference> preferences = new ArrayList<>();
        Optional<Strength> drives = strength(form.getDrives(), "drives", errors);
        drives.ifPresent(s -> preferences.add(new Preference(PreferenceKind.DRIVES, "", s)));
        preference(
                        form.getGender(),
                        "gender",
                        form.getGenderValue(),
                        "genderValue",
                        errors,
                        value -> choice(Gender.class, value)
                                .filter(g -> g != Gender.NOT_SAID)
                                .map(Enum::name))
                .ifPresent(p -> preferences.add(new Preference(PreferenceKind.GENDER, p.value(), p.strength())));
        preference(form.getLanguage(), "language", form.getLanguageValue(), "languageValue", errors, value -> {
                    try {
                        List<String> words = FreeText.languages(List.of(value), 1, "Language");
                        return words.size() == 1 ? Optional.of(words.get(0)) : Optional.empty();
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                })
                .ifPresent(p -> preferences.add(new Preference(PreferenceKind.LANGUAGE, p.value(), p.strength())));
        preference(
                        form.getCondition(),
                        "condition",
                        form.getConditionValue(),
                        "conditionValue",
                        errors,
                        value -> choice(Condition.class, value).map(Enum::name))
                .ifPresent(p ->
                        preferences.add(new Preference(PreferenceKind.CONDITION_EXPERIENCE, p.value(), p.strength())));
        preference(
                        form.getSkill(),
                        "skill",
                        form.getSkillValue(),
                        "skillValue",
                        errors,
                        value -> choice(Skill.class, value)
                                .filter(TASKS::contains)
                                .map(Enum::name))
                .ifPresent(p -> preferences.add(new Preference(PreferenceKind.SKILL, p.value(), p.strength())));
        return preferences;
    }

    /** A value and how much it matters. */
    private record Chosen(String value, Strength strength) {}

    private static Optional<Chosen> preference(
            String strengthText,
            String strengthField,
            String valueText,
            String valueField,
            Errors errors,
            java.util.function.Function<String, Optional<String>> value) {
        Optional<Strength> strength = strength(strengthText, strengthField, errors);
        if (strength.isEmpty()) {
            return Optional.empty();
        }
        if (valueText.isBlank()) {
            errors.rejectValue(valueField, "requests." + valueField + ".required");
            return Optional.empty();
        }
        if (errors.hasFieldErrors(valueField)) {
            return Optional.empty();
        }
        Optional<String> chosen = value.apply(valueText.strip());
        if (chosen.isEmpty()) {
            errors.rejectValue(valueField, "requests." + valueField + ".unknown");
            return Optional.empty();
        }
        return Optional.of(new Chosen(chosen.get(), strength.get()));
    }

    /** The strength chosen; empty for "not important" or a refused value. */
    private static Optional<Strength> strength(String text, String field, Errors errors) {
        if ("NOT_IMPORTANT".equals(text)) {
            return Optional.empty();
        }
        Optional<Strength> strength = choice(Strength.class, text);
        if (strength.isEmpty()) {
            errors.rejectValue(field, "requests.strength.required");
        }
        return strength;
    }

    private static Optional<Integer> hour(String text, int min, int max) {
        if (!text.matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(text);
        return hour >= min && hour <= max ? Optional.of(hour) : Optional.empty();
    }

    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Fills the form with what a request says, to change it. */
    void fill(RequestForm form, SupportRequest r) {
        form.setTitle(r.title());
        form.setDetails(r.details());
        form.setKind(r.kind().name());
        if (r.kind() == Kind.WEEKLY) {
            fillTimes(form, r.times());
            form.setHoursWanted(String.valueOf(r.hoursWanted()));
        } else if (r.oneOffStart() != null && r.oneOffEnd() != null) {
            ZonedDateTime start = r.oneOffStart().atZone(zone);
            form.setDay(String.valueOf(start.getDayOfMonth()));
            form.setMonth(String.valueOf(start.getMonthValue()));
            form.setYear(String.valueOf(start.getYear()));
            form.setStartTime(Texts.TIME.format(start));
            form.setEndTime(Texts.TIME.format(r.oneOffEnd().atZone(zone)));
        }
        form.setTasks(new ArrayList<>(r.tasks().stream().map(Enum::name).toList()));
        form.setOutcomes(new ArrayList<>(r.outcomes().stream().map(Enum::name).toList()));
        form.setInterests(FreeText.join(r.interests()));
        form.setPrefers(r.prefers().name());
        form.setShared(r.sharedWithWorkers() ? "yes" : "no");
        for (Preference p : r.preferences()) {
            String strength = p.strength().name();
            switch (p.kind()) {
                case DRIVES -> form.setDrives(strength);
                case GENDER -> {
                    form.setGender(strength);
                    form.setGenderValue(p.value());
                }
                case LANGUAGE -> {
                    form.setLanguage(strength);
                    form.setLanguageValue(p.value());
                }
                case CONDITION_EXPERIENCE -> {
                    form.setCondition(strength);
                    form.setConditionValue(p.value());
                }
                case SKILL -> {
                    form.setSkill(strength);
                    form.setSkillValue(p.value());
                }
            }
        }
    }

    /**
     * Fills a new request's form from the person's profile: needs become tasks, the times they said
     * become windows (mornings 08:00–12:00, afternoons 12:00–17:00, evenings 17:00–21:00, nights
     * 21:00–24:00, on weekdays, weekends or every day), and a preferred worker gender a "would like".
     */
    static void prefill(RequestForm form, PersonProfile profile) {
        form.setKind(Kind.WEEKLY.name());
        form.setPrefers(Prefers.WORKER.name());
        form.setShared("yes");
        form.setTasks(new ArrayList<>(
                profile.needs().stream().map(Need::skill).map(Enum::name).toList()));
        form.setOutcomes(
                new ArrayList<>(profile.outcomes().stream().map(Enum::name).toList()));
        form.setInterests(FreeText.join(profile.interests()));
        fillTimes(form, roughTimes(profile.timesWanted()));
        GenderPreference gender = profile.preferredWorkerGender();
        if (gender != GenderPreference.NO_PREFERENCE) {
            form.setGender(Strength.WOULD_LIKE.name());
            form.setGenderValue(gender.name());
        }
    }

    /** The hours of the week the times a profile gives roughly mean. */
    static WeeklyPattern roughTimes(Set<SupportTime> times) {
        List<int[]> hours = new ArrayList<>();
        if (times.contains(SupportTime.MORNINGS)) {
            hours.add(new int[] {8, 12});
        }
        if (times.contains(SupportTime.AFTERNOONS)) {
            hours.add(new int[] {12, 17});
        }
        if (times.contains(SupportTime.EVENINGS)) {
            hours.add(new int[] {17, 21});
        }
        if (times.contains(SupportTime.NIGHTS)) {
            hours.add(new int[] {21, 24});
        }
        boolean weekdays = times.contains(SupportTime.WEEKDAYS);
        boolean weekends = times.contains(SupportTime.WEEKENDS);
        List<Window> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            if (weekdays != weekends && weekend != weekends) {
                continue;
            }
            for (int[] h : hours) {
                windows.add(new Window(
                        day, LocalTime.of(h[0], 0), h[1] == 24 ? LocalTime.MIDNIGHT : LocalTime.of(h[1], 0)));
            }
        }
        return WeeklyPattern.of(windows);
    }

    /** Puts a pattern's windows in the form, the first two of each day. */
    private static void fillTimes(RequestForm form, WeeklyPattern times) {
        int[] used = new int[7];
        for (Window w : times.windows()) {
            int day = w.day().getValue() - 1;
            if (used[day] == 2) {
                continue;
            }
            used[day]++;
            form.setHour(day, used[day], true, String.valueOf(w.start().getHour()));
            form.setHour(day, used[day], false, String.valueOf(w.start().getHour() + w.length()));
        }
    }

    private static List<Skill> tasks() {
        List<Skill> tasks = new ArrayList<>();
        for (Need need : Need.values()) {
            tasks.add(need.skill());
        }
        tasks.addAll(List.of(
                Skill.DRIVING,
                Skill.DEMENTIA_CARE,
                Skill.END_OF_LIFE_CARE,
                Skill.FIRST_AID,
                Skill.CATHETER_AND_STOMA_CARE,
                Skill.SIGN_LANGUAGE));
        return List.copyOf(tasks);
    }
}
