package org.carecoop.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carecoop.matching.RequestDraft;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.SupportRequest.Strength;
import org.carecoop.people.SupportTime;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** How the request form becomes a draft: windows, hours wanted, one-offs in the co-op's zone. */
class RequestFormReaderTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final RequestFormReader reader = new RequestFormReader(LONDON, NOW);

    @Test
    void twoWindowsOnADayAndOneEndingAtMidnightMakeTheWeeklyTimes() {
        RequestForm form = weekly();
        form.setSatFrom1("10");
        form.setSatTo1("12");
        form.setSatFrom2("20");
        form.setSatTo2("24");
        form.setHoursWanted("6");

        RequestDraft draft = read(form).orElseThrow();

        assertThat(draft.times().windows())
                .containsExactly(
                        new Window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                        new Window(DayOfWeek.SATURDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT));
        assertThat(draft.hoursWanted()).isEqualTo(6);
        assertThat(draft.oneOffStart()).isNull();
    }

    @Test
    void moreHoursThanTheTimesHoldAreRefusedAtHoursWanted() {
        RequestForm form = weekly();
        form.setMonFrom1("9");
        form.setMonTo1("11");
        form.setHoursWanted("3");
        Errors errors = errors(form);

        assertThat(reader.read(form, errors)).isEmpty();
        assertThat(errors.getFieldError("hoursWanted").getCode()).isEqualTo("requests.hoursWanted.tooMany");
    }

    @Test
    void aWindowThatEndsBeforeItStartsOrHasNoEndIsRefusedAtItsField() {
        RequestForm form = weekly();
        form.setTueFrom1("14");
        form.setTueTo1("10");
        form.setWedFrom2("9");
        form.setHoursWanted("1");
        Errors errors = errors(form);

        assertThat(reader.read(form, errors)).isEmpty();
        assertThat(errors.getFieldError("tueTo1").getCode()).isEqualTo("requests.window.order");
        assertThat(errors.getFieldError("wedTo2").getCode()).isEqualTo("requests.window.to");
    }

    @Test
    void noTimesAtAllAreRefusedAtTheFirstDay() {
        RequestForm form = weekly();
        form.setHoursWanted("2");
        Errors errors = errors(form);

        assertThat(reader.read(form, errors)).isEmpty();
        assertThat(errors.getFieldError("monFrom1").getCode()).isEqualTo("requests.times.required");
    }

    @Test
    void aOneOffIsReadInTheCoopsZoneAndItsLengthIsTheHoursWanted() {
        RequestForm form = oneOff("5", "12", "2026", "10:30", "12:00");

        RequestDraft draft = read(form).orElseThrow();

        assertThat(draft.oneOffStart()).isEqualTo(Instant.parse("2026-12-05T10:30:00Z"));
        assertThat(draft.oneOffEnd()).isEqualTo(Instant.parse("2026-12-05T12:00:00Z"));
        assertThat(draft.times().windows())
                .containsExactly(new Window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertThat(draft.hoursWanted()).isEqualTo(2);
    }

    @Test
    void inSummerAOneOffIsAnHourAheadOfUtc() {
        RequestDraft draft = read(oneOff("3", "7", "2027", "9:00", "11:00")).orElseThrow();

        assertThat(draft.oneOffStart()).isEqualTo(Instant.parse("2027-07-03T08:00:00Z"));
        assertThat(draft.hoursWanted()).isEqualTo(2);
    }

    @Test
    void theNightTheClocksGoBackAOneOffLastsAnHourLongerAndStillFitsItsHoursOfTheWeek() {
        // 31 October 2027: 02:00 BST becomes 01:00 GMT, so 01:00 happens twice.
        RequestDraft draft = read(oneOff("31", "10", "2027", "00:30", "02:30")).orElseThrow();

        assertThat(draft.oneOffStart()).isEqualTo(Instant.parse("2027-10-30T23:30:00Z"));
        assertThat(draft.oneOffEnd()).isEqualTo(Instant.parse("2027-10-31T02:30:00Z"));
        assertThat(draft.times().hours()).isEqualTo(3);
        assertThat(draft.hoursWanted()).isEqualTo(3);

        RequestDraft repeated =
                read(oneOff("31", "10", "2027", "01:00", "02:00")).orElseThrow();
        assertThat(repeated.times().hours()).isEqualTo(1);
        assertThat(repeated.hoursWanted()).isEqualTo(1);
    }

    @Test
    void theNightTheClocksGoForwardATimeThatDoesNotHappenIsRefused() {
        // 28 March 2027: 01:00 GMT becomes 02:00 BST.
        RequestForm form = oneOff("28", "3", "2027", "01:30", "03:00");
        Errors errors = errors(form);

        assertThat(reader.read(form, errors)).isEmpty();
        assertThat(errors.getFieldError("startTime").getCode()).isEqualTo("requests.time.skipped");
    }

    @Test
    void aOneOffInThePastOrEndingBeforeItStartsIsRefused() {
        RequestForm past = oneOff("1", "11", "2026", "10:00", "11:00");
        Errors pastErrors = errors(past);
        assertThat(reader.read(past, pastErrors)).isEmpty();
        assertThat(pastErrors.getFieldError("day").getCode()).isEqualTo("requests.date.future");

        RequestForm backwards = oneOff("1", "12", "2026", "11:00", "10:00");
        Errors backwardsErrors = errors(backwards);
        assertThat(reader.read(backwards, backwardsErrors)).isEmpty();
        assertThat(backwardsErrors.getFieldError("endTime").getCode()).isEqualTo("requests.endTime.order");
    }

    @Test
    void eachPreferenceRowGivesAMustOrAWouldLikeAndNotImportantGivesNone() {
        RequestForm form = weekly();
        form.setSunFrom1("10");
        form.setSunTo1("12");
        form.setHoursWanted("2");
        form.setDrives("WOULD_LIKE");
        form.setGender("MUST");
        form.setGenderValue("WOMAN");
        form.setLanguage("NOT_IMPORTANT");
        form.setLanguageValue("Urdu");
        form.setSkill("MUST");
        form.setSkillValue("MEDICATION");

        RequestDraft draft = read(form).orElseThrow();

        assertThat(draft.preferences())
                .containsExactlyInAnyOrder(
                        new Preference(PreferenceKind.DRIVES, "", Strength.WOULD_LIKE),
                        new Preference(PreferenceKind.GENDER, "WOMAN", Strength.MUST),
                        new Preference(PreferenceKind.SKILL, "MEDICATION", Strength.MUST));
    }

    @Test
    void aRequestFillsTheFormItCameFromSoSavingItAgainChangesNothing() {
        RequestForm form = weekly();
        form.setSatFrom1("10");
        form.setSatTo1("16");
        form.setSunFrom1("10");
        form.setSunTo1("16");
        form.setHoursWanted("6");
        form.setTasks(List.of("COMPANIONSHIP", "DRIVING"));
        form.setInterests("Walking, birds");
        form.setCondition("WOULD_LIKE");
        form.setConditionValue("STROKE");
        RequestDraft draft = read(form).orElseThrow();
        SupportRequest stored = new SupportRequest(
                java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(),
                SupportRequest.Status.OPEN,
                draft.title(),
                draft.details(),
                draft.kind(),
                draft.times(),
                draft.hoursWanted(),
                null,
                null,
                draft.tasks(),
                draft.outcomes(),
                draft.interests(),
                draft.prefers(),
                draft.sharedWithWorkers(),
                draft.preferences(),
                null,
                null,
                NOW);

        RequestForm again = new RequestForm();
        reader.fill(again, stored);

        assertThat(read(again)).contains(draft);
    }

    @Test
    void profileTimesBecomeRoughWindowsOnTheDaysTheySay() {
        WeeklyPattern weekendMornings =
                RequestFormReader.roughTimes(Set.of(SupportTime.MORNINGS, SupportTime.WEEKENDS));
        assertThat(weekendMornings.windows())
                .containsExactly(
                        new Window(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new Window(DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        assertThat(RequestFormReader.roughTimes(Set.of(SupportTime.EVENINGS, SupportTime.NIGHTS))
                        .windows())
                .hasSize(7)
                .allMatch(w -> w.start().equals(LocalTime.of(17, 0)) && w.end().equals(LocalTime.MIDNIGHT));
        assertThat(RequestFormReader.roughTimes(Set.of(SupportTime.WEEKDAYS)).isEmpty())
                .isTrue();
    }

    private Optional<RequestDraft> read(RequestForm form) {
        Errors errors = errors(form);
        Optional<RequestDraft> draft = reader.read(form, errors);
        assertThat(errors.getAllErrors()).isEmpty();
        return draft;
    }

    private static Errors errors(RequestForm form) {
        return new BeanPropertyBindingResult(form, "requestForm");
    }

    private static RequestForm weekly() {
        RequestForm form = new RequestForm();
        form.setTitle("Help");
        form.setKind("WEEKLY");
        form.setPrefers("WORKER");
        form.setShared("yes");
        return form;
    }

    private static RequestForm oneOff(String day, String month, String year, String start, String end) {
        RequestForm form = weekly();
        form.setKind("ONE_OFF");
        form.setDay(day);
        form.setMonth(month);
        form.setYear(year);
        form.setStartTime(start);
        form.setEndTime(end);
        return form;
    }
}
