package org.carecoop.people.web;

import org.carecoop.people.RateCard;
import org.carecoop.platform.money.Money;

/** A rate card as typed: pounds for the hourly rate, whole percentages for the premiums. */
public class RatesForm {

    private String base = "";
    private String evening = "";
    private String weekend = "";
    private String bankHoliday = "";
    private String lastMinute = "";

    static RatesForm of(RateCard card) {
        RatesForm form = new RatesForm();
        form.base = Money.ofPence(card.basePence()).pounds();
        form.evening = String.valueOf(card.eveningPercent());
        form.weekend = String.valueOf(card.weekendPercent());
        form.bankHoliday = String.valueOf(card.bankHolidayPercent());
        form.lastMinute = String.valueOf(card.lastMinutePercent());
        return form;
    }

    public String getBase() {
        return base;
    }

    public void setBase(String base) {
        this.base = base;
    }

    public String getEvening() {
        return evening;
    }

    public void setEvening(String evening) {
        this.evening = evening;
    }

    public String getWeekend() {
        return weekend;
    }

    public void setWeekend(String weekend) {
        this.weekend = weekend;
    }

    public String getBankHoliday() {
        return bankHoliday;
    }

    public void setBankHoliday(String bankHoliday) {
        this.bankHoliday = bankHoliday;
    }

    public String getLastMinute() {
        return lastMinute;
    }

    public void setLastMinute(String lastMinute) {
        this.lastMinute = lastMinute;
    }
}
