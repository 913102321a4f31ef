package org.carecoop.matching.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.matching.Activity;
import org.carecoop.platform.web.PlainText;

/**
 * What a co-ordinator fills in for an activity, kept as typed: its name, description, organiser and
 * place, a postcode, the hours it meets on each day ("0" to "24"), interests, outcomes, the
 * conditions it is for, and whether it is running.
 */
public class ActivityForm {

    @NotBlank(message = "{activities.name.required}")
    @Size(max = Activity.NAME_MAX, message = "{activities.name.size}")
    @PlainText
    private String name = "";

    @Size(max = Activity.DESCRIPTION_MAX, message = "{activities.description.size}")
    @PlainText
    private String description = "";

    @Size(max = Activity.ORGANISER_MAX, message = "{activities.organiser.size}")
    @PlainText
    private String organiser = "";

    @Size(max = Activity.PLACE_MAX, message = "{activities.placeText.size}")
    @PlainText
    private String placeText = "";

    @Size(max = 16, message = "{activities.postcode.format}")
    private String postcode = "";

    private String monFrom = "";

    private String monTo = "";

    private String tueFrom = "";

    private String tueTo = "";

    private String wedFrom = "";

    private String wedTo = "";

    private String thuFrom = "";

    private String thuTo = "";

    private String friFrom = "";

    private String friTo = "";

    private String satFrom = "";

    private String satTo = "";

    private String sunFrom = "";

    private String sunTo = "";

    @Size(max = 1000, message = "{requests.interests.size}")
    @PlainText
    private String interests = "";

    @Size(max = 20, message = "{requests.outcomes.unknown}")
    private List<String> outcomes = new ArrayList<>();

    @Size(max = 20, message = "{activities.conditions.unknown}")
    private List<String> conditions = new ArrayList<>();

    private String active = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getPlaceText() {
        return placeText;
    }

    public void setPlaceText(String placeText) {
        this.placeText = placeText;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getMonFrom() {
        return monFrom;
    }

    public void setMonFrom(String monFrom) {
        this.monFrom = monFrom;
    }

    public String getMonTo() {
        return monTo;
    }

    public void setMonTo(String monTo) {
        this.monTo = monTo;
    }

    public String getTueFrom() {
        return tueFrom;
    }

    public void setTueFrom(String tueFrom) {
        this.tueFrom = tueFrom;
    }

    public String getTueTo() {
        return tueTo;
    }

    public void setTueTo(String tueTo) {
        this.tueTo = tueTo;
    }

    public String getWedFrom() {
        return wedFrom;
    }

    public void setWedFrom(String wedFrom) {
        this.wedFrom = wedFrom;
    }

    public String getWedTo() {
        return wedTo;
    }

    public void setWedTo(String wedTo) {
        this.wedTo = wedTo;
    }

    public String getThuFrom() {
        return thuFrom;
    }

    public void setThuFrom(String thuFrom) {
        this.thuFrom = thuFrom;
    }

    public String getThuTo() {
        return thuTo;
    }

    public void setThuTo(String thuTo) {
        this.thuTo = thuTo;
    }

    public String getFriFrom() {
        return friFrom;
    }

    public void setFriFrom(String friFrom) {
        this.friFrom = friFrom;
    }

    public String getFriTo() {
        return friTo;
    }

    public void setFriTo(String friTo) {
        this.friTo = friTo;
    }

    public String getSatFrom() {
        return satFrom;
    }

    public void setSatFrom(String satFrom) {
        this.satFrom = satFrom;
    }

    public String getSatTo() {
        return satTo;
    }

    public void setSatTo(String satTo) {
        this.satTo = satTo;
    }

    public String getSunFrom() {
        return sunFrom;
    }

    public void setSunFrom(String sunFrom) {
        this.sunFrom = sunFrom;
    }

    public String getSunTo() {
        return sunTo;
    }

    public void setSunTo(String sunTo) {
        this.sunTo = sunTo;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public List<String> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<String> outcomes) {
        this.outcomes = outcomes;
    }

    public List<String> getConditions() {
        return conditions;
    }

    public void setConditions(List<String> conditions) {
        this.conditions = conditions;
    }

    public String getActive() {
        return active;
    }

    public void setActive(String active) {
        this.active = active;
    }

    /** The hour it starts or ends meeting on a day, as typed: day 0 is Monday. */
    String hour(int day, boolean from) {
        return switch (day * 2 + (from ? 0 : 1)) {
            case 0 -> monFrom;
            case 1 -> monTo;
            case 2 -> tueFrom;
            case 3 -> tueTo;
            case 4 -> wedFrom;
            case 5 -> wedTo;
            case 6 -> thuFrom;
            case 7 -> thuTo;
            case 8 -> friFrom;
            case 9 -> friTo;
            case 10 -> satFrom;
            case 11 -> satTo;
            case 12 -> sunFrom;
            case 13 -> sunTo;
            default -> throw new IllegalArgumentException("No such day");
        };
    }

    /** Sets the hour it starts or ends meeting on a day. */
    void setHour(int day, boolean from, String hour) {
        switch (day * 2 + (from ? 0 : 1)) {
            case 0 -> monFrom = hour;
            case 1 -> monTo = hour;
            case 2 -> tueFrom = hour;
            case 3 -> tueTo = hour;
            case 4 -> wedFrom = hour;
            case 5 -> wedTo = hour;
            case 6 -> thuFrom = hour;
            case 7 -> thuTo = hour;
            case 8 -> friFrom = hour;
            case 9 -> friTo = hour;
            case 10 -> satFrom = hour;
            case 11 -> satTo = hour;
            case 12 -> sunFrom = hour;
            case 13 -> sunTo = hour;
            default -> throw new IllegalArgumentException("No such day");
        }
    }

    /** The field name of a day's start or end, e.g. {@code satFrom}. */
    static String hourField(int day, boolean from) {
        return RequestForm.DAY_PREFIXES.get(day) + (from ? "From" : "To");
    }
}
