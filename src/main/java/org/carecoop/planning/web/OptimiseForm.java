package org.carecoop.planning.web;

/**
 * The co-ordinator's choice of what to optimise: an area, the first day (a GOV.UK date input) and
 * whether to plan that day or the week from it. Kept as typed so the form can be shown again.
 */
public class OptimiseForm {

    private String area = "";
    private String day = "";
    private String month = "";
    private String year = "";
    private String length = "day";

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
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

    public String getLength() {
        return length;
    }

    public void setLength(String length) {
        this.length = length;
    }
}
