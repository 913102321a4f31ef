package org.carecoop.matching.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.matching.SupportRequest;
import org.carecoop.platform.web.PlainText;

/**
 * What the support request form holds, kept as typed so it can be shown again as it was: a title;
 * either up to two windows of whole hours for each day of the week and the hours wanted a week, or
 * one date with a start and end time; the tasks, outcomes and interests; one row for each preference
 * about the worker, each "not important", "would like" or "must"; the kind of support preferred;
 * whether suitable workers may see a summary; and details. Hours are "0" to "24" (the end of the
 * day). {@link RequestFormReader} reads it.
 */
public class RequestForm {

    @NotBlank(message = "{requests.title.required}")
    @Size(max = SupportRequest.TITLE_MAX, message = "{requests.title.size}")
    @PlainText
    private String title = "";

    private String kind = "";

    private String monFrom1 = "";

    private String monTo1 = "";

    private String monFrom2 = "";

    private String monTo2 = "";

    private String tueFrom1 = "";

    private String tueTo1 = "";

    private String tueFrom2 = "";

    private String tueTo2 = "";

    private String wedFrom1 = "";

    private String wedTo1 = "";

    private String wedFrom2 = "";

    private String wedTo2 = "";

    private String thuFrom1 = "";

    private String thuTo1 = "";

    private String thuFrom2 = "";

    private String thuTo2 = "";

    private String friFrom1 = "";

    private String friTo1 = "";

    private String friFrom2 = "";

    private String friTo2 = "";

    private String satFrom1 = "";

    private String satTo1 = "";

    private String satFrom2 = "";

    private String satTo2 = "";

    private String sunFrom1 = "";

    private String sunTo1 = "";

    private String sunFrom2 = "";

    private String sunTo2 = "";

    private String hoursWanted = "";

    private String day = "";

    private String month = "";

    private String year = "";

    private String startTime = "";

    private String endTime = "";

    @Size(max = 40, message = "{requests.tasks.unknown}")
    private List<String> tasks = new ArrayList<>();

    @Size(max = 20, message = "{requests.outcomes.unknown}")
    private List<String> outcomes = new ArrayList<>();

    @Size(max = 1000, message = "{requests.interests.size}")
    @PlainText
    private String interests = "";

    private String drives = "NOT_IMPORTANT";

    private String genderValue = "";

    private String gender = "NOT_IMPORTANT";

    @Size(max = 40, message = "{requests.languageValue.size}")
    @PlainText
    private String languageValue = "";

    private String language = "NOT_IMPORTANT";

    private String conditionValue = "";

    private String condition = "NOT_IMPORTANT";

    private String skillValue = "";

    private String skill = "NOT_IMPORTANT";

    private String prefers = "";

    private String shared = "";

    @Size(max = SupportRequest.DETAILS_MAX, message = "{requests.details.size}")
    @PlainText
    private String details = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getMonFrom1() {
        return monFrom1;
    }

    public void setMonFrom1(String monFrom1) {
        this.monFrom1 = monFrom1;
    }

    public String getMonTo1() {
        return monTo1;
    }

    public void setMonTo1(String monTo1) {
        this.monTo1 = monTo1;
    }

    public String getMonFrom2() {
        return monFrom2;
    }

    public void setMonFrom2(String monFrom2) {
        this.monFrom2 = monFrom2;
    }

    public String getMonTo2() {
        return monTo2;
    }

    public void setMonTo2(String monTo2) {
        this.monTo2 = monTo2;
    }

    public String getTueFrom1() {
        return tueFrom1;
    }

    public void setTueFrom1(String tueFrom1) {
        this.tueFrom1 = tueFrom1;
    }

    public String getTueTo1() {
        return tueTo1;
    }

    public void setTueTo1(String tueTo1) {
        this.tueTo1 = tueTo1;
    }

    public String getTueFrom2() {
        return tueFrom2;
    }

    public void setTueFrom2(String tueFrom2) {
        this.tueFrom2 = tueFrom2;
    }

    public String getTueTo2() {
        return tueTo2;
    }

    public void setTueTo2(String tueTo2) {
        this.tueTo2 = tueTo2;
    }

    public String getWedFrom1() {
        return wedFrom1;
    }

    public void setWedFrom1(String wedFrom1) {
        this.wedFrom1 = wedFrom1;
    }

    public String getWedTo1() {
        return wedTo1;
    }

    public void setWedTo1(String wedTo1) {
        this.wedTo1 = wedTo1;
    }

    public String getWedFrom2() {
        return wedFrom2;
    }

    public void setWedFrom2(String wedFrom2) {
        this.wedFrom2 = wedFrom2;
    }

    public String getWedTo2() {
        return wedTo2;
    }

    public void setWedTo2(String wedTo2) {
        this.wedTo2 = wedTo2;
    }

    public String getThuFrom1() {
        return thuFrom1;
    }

    public void setThuFrom1(String thuFrom1) {
        this.thuFrom1 = thuFrom1;
    }

    public String getThuTo1() {
        return thuTo1;
    }

    public void setThuTo1(String thuTo1) {
        this.thuTo1 = thuTo1;
    }

    public String getThuFrom2() {
        return thuFrom2;
    }

    public void setThuFrom2(String thuFrom2) {
        this.thuFrom2 = thuFrom2;
    }

    public String getThuTo2() {
        return thuTo2;
    }

    public void setThuTo2(String thuTo2) {
        this.thuTo2 = thuTo2;
    }

    public String getFriFrom1() {
        return friFrom1;
    }

    public void setFriFrom1(String friFrom1) {
        this.friFrom1 = friFrom1;
    }

    public String getFriTo1() {
        return friTo1;
    }

    public void setFriTo1(String friTo1) {
        this.friTo1 = friTo1;
    }

    public String getFriFrom2() {
        return friFrom2;
    }

    public void setFriFrom2(String friFrom2) {
        this.friFrom2 = friFrom2;
    }

    public String getFriTo2() {
        return friTo2;
    }

    public void setFriTo2(String friTo2) {
        this.friTo2 = friTo2;
    }

    public String getSatFrom1() {
        return satFrom1;
    }

    public void setSatFrom1(String satFrom1) {
        this.satFrom1 = satFrom1;
    }

    public String getSatTo1() {
        return satTo1;
    }

    public void setSatTo1(String satTo1) {
        this.satTo1 = satTo1;
    }

    public String getSatFrom2() {
        return satFrom2;
    }

    public void setSatFrom2(String satFrom2) {
        this.satFrom2 = satFrom2;
    }

    public String getSatTo2() {
        return satTo2;
    }

    public void setSatTo2(String satTo2) {
        this.satTo2 = satTo2;
    }

    public String getSunFrom1() {
        return sunFrom1;
    }

    public void setSunFrom1(String sunFrom1) {
        this.sunFrom1 = sunFrom1;
    }

    public String getSunTo1() {
        return sunTo1;
    }

    public void setSunTo1(String sunTo1) {
        this.sunTo1 = sunTo1;
    }

    public String getSunFrom2() {
        return sunFrom2;
    }

    public void setSunFrom2(String sunFrom2) {
        this.sunFrom2 = sunFrom2;
    }

    public String getSunTo2() {
        return sunTo2;
    }

    public void setSunTo2(String sunTo2) {
        this.sunTo2 = sunTo2;
    }

    public String getHoursWanted() {
        return hoursWanted;
    }

    public void setHoursWanted(String hoursWanted) {
        this.hoursWanted = hoursWanted;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public List<String> getTasks() {
        return tasks;
    }

    public void setTasks(List<String> tasks) {
        this.tasks = tasks;
    }

    public List<String> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<String> outcomes) {
        this.outcomes = outcomes;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getDrives() {
        return drives;
    }

    public void setDrives(String drives) {
        this.drives = drives;
    }

    public String getGenderValue() {
        return genderValue;
    }

    public void setGenderValue(String genderValue) {
        this.genderValue = genderValue;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getLanguageValue() {
        return languageValue;
    }

    public void setLanguageValue(String languageValue) {
        this.languageValue = languageValue;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getConditionValue() {
        return conditionValue;
    }

    public void setConditionValue(String conditionValue) {
        this.conditionValue = conditionValue;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public String getSkillValue() {
        return skillValue;
    }

    public void setSkillValue(String skillValue) {
        this.skillValue = skillValue;
    }

    public String getSkill() {
        return skill;
    }

    public void setSkill(String skill) {
        this.skill = skill;
    }

    public String getPrefers() {
        return prefers;
    }

    public void setPrefers(String prefers) {
        this.prefers = prefers;
    }

    public String getShared() {
        return shared;
    }

    public void setShared(String shared) {
        this.shared = shared;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    /** The hour a window starts or ends, as typed: day 0 is Monday, window 1 or 2. */
    String hour(int day, int window, boolean from) {
        return switch (day * 4 + (window - 1) * 2 + (from ? 0 : 1)) {
            case 0 -> monFrom1;
            case 1 -> monTo1;
            case 2 -> monFrom2;
            case 3 -> monTo2;
            case 4 -> tueFrom1;
            case 5 -> tueTo1;
            case 6 -> tueFrom2;
            case 7 -> tueTo2;
            case 8 -> wedFrom1;
            case 9 -> wedTo1;
            case 10 -> wedFrom2;
            case 11 -> wedTo2;
            case 12 -> thuFrom1;
            case 13 -> thuTo1;
            case 14 -> thuFrom2;
            case 15 -> thuTo2;
            case 16 -> friFrom1;
            case 17 -> friTo1;
            case 18 -> friFrom2;
            case 19 -> friTo2;
            case 20 -> satFrom1;
            case 21 -> satTo1;
            case 22 -> satFrom2;
            case 23 -> satTo2;
            case 24 -> sunFrom1;
            case 25 -> sunTo1;
            case 26 -> sunFrom2;
            case 27 -> sunTo2;
            default -> throw new IllegalArgumentException("No such window");
        };
    }

    /** Sets the hour a window starts or ends. */
    void setHour(int day, int window, boolean from, String hour) {
        switch (day * 4 + (window - 1) * 2 + (from ? 0 : 1)) {
            case 0 -> monFrom1 = hour;
            case 1 -> monTo1 = hour;
            case 2 -> monFrom2 = hour;
            case 3 -> monTo2 = hour;
            case 4 -> tueFrom1 = hour;
            case 5 -> tueTo1 = hour;
            case 6 -> tueFrom2 = hour;
            case 7 -> tueTo2 = hour;
            case 8 -> wedFrom1 = hour;
            case 9 -> wedTo1 = hour;
            case 10 -> wedFrom2 = hour;
            case 11 -> wedTo2 = hour;
            case 12 -> thuFrom1 = hour;
            case 13 -> thuTo1 = hour;
            case 14 -> thuFrom2 = hour;
            case 15 -> thuTo2 = hour;
            case 16 -> friFrom1 = hour;
            case 17 -> friTo1 = hour;
            case 18 -> friFrom2 = hour;
            case 19 -> friTo2 = hour;
            case 20 -> satFrom1 = hour;
            case 21 -> satTo1 = hour;
            case 22 -> satFrom2 = hour;
            case 23 -> satTo2 = hour;
            case 24 -> sunFrom1 = hour;
            case 25 -> sunTo1 = hour;
            case 26 -> sunFrom2 = hour;
            case 27 -> sunTo2 = hour;
            default -> throw new IllegalArgumentException("No such window");
        }
    }

    /** The field name of a window's start or end, e.g. {@code satFrom1}. */
    static String hourField(int day, int window, boolean from) {
        return DAY_PREFIXES.get(day) + (from ? "From" : "To") + window;
    }

    static final List<String> DAY_PREFIXES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
}
