package org.carecoop.people.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.carecoop.platform.time.WeeklyPattern;

/**
 * A worker's usual week as the availability page shows it: for each day, Monday first, up to two
 * times, each a "from" and a "to" hour ("" for none; "24" is midnight at the end of the day). Index
 * {@code day * 2 + window} of each array. Kept as sent so the form can be shown again as it was.
 */
public class AvailabilityForm {

    static final int SLOTS = 14;

    private String[] from = blank();
    private String[] to = blank();

    private static String[] blank() {
        String[] slots = new String[SLOTS];
        Arrays.fill(slots, "");
        return slots;
    }

    /** The form filled in with the pattern's windows (the first two of each day). */
    static AvailabilityForm of(WeeklyPattern pattern) {
        AvailabilityForm form = new AvailabilityForm();
        int[] used = new int[7];
        for (WeeklyPattern.Window window : pattern.windows()) {
            int day = window.day().getValue() - 1;
            if (used[day] < 2) {
                int slot = day * 2 + used[day]++;
                form.from[slot] = String.valueOf(window.start().getHour());
                form.to[slot] = String.valueOf(window.start().getHour() + window.length());
            }
        }
        return form;
    }

    static DayOfWeek day(int slot) {
        return DayOfWeek.of(slot / 2 + 1);
    }

    static WeeklyPattern.Window window(int slot, int fromHour, int toHour) {
        return new WeeklyPattern.Window(
                day(slot), LocalTime.of(fromHour, 0), toHour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(toHour, 0));
    }

    static List<Integer> slots() {
        return java.util.stream.IntStream.range(0, SLOTS).boxed().toList();
    }

    public String[] getFrom() {
        return from;
    }

    public void setFrom(String[] from) {
        this.from = Arrays.copyOf(from, SLOTS);
        Arrays.setAll(this.from, i -> this.from[i] == null ? "" : this.from[i]);
    }

    public String[] getTo() {
        return to;
    }

    public void setTo(String[] to) {
        this.to = Arrays.copyOf(to, SLOTS);
        Arrays.setAll(this.to, i -> this.to[i] == null ? "" : this.to[i]);
    }
}
