package org.carecoop.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BankHolidaysTests {

    private static final BankHolidays HOLIDAYS = BankHolidays.englandAndWales();

    /** The lists published on GOV.UK for England and Wales. */
    private static final Map<Integer, List<String>> PUBLISHED = Map.of(
            2019,
            List.of(
                    "2019-01-01",
                    "2019-04-19",
                    "2019-04-22",
                    "2019-05-06",
                    "2019-05-27",
                    "2019-08-26",
                    "2019-12-25",
                    "2019-12-26"),
            2020,
            List.of(
                    "2020-01-01",
                    "2020-04-10",
                    "2020-04-13",
                    "2020-05-08",
                    "2020-05-25",
                    "2020-08-31",
                    "2020-12-25",
                    "2020-12-28"),
            2021,
            List.of(
                    "2021-01-01",
                    "2021-04-02",
                    "2021-04-05",
                    "2021-05-03",
                    "2021-05-31",
                    "2021-08-30",
                    "2021-12-27",
                    "2021-12-28"),
            2022,
            List.of(
                    "2022-01-03",
                    "2022-04-15",
                    "2022-04-18",
                    "2022-05-02",
                    "2022-06-02",
                    "2022-06-03",
                    "2022-08-29",
                    "2022-09-19",
                    "2022-12-26",
                    "2022-12-27"),
            2023,
            List.of(
                    "2023-01-02",
                    "2023-04-07",
                    "2023-04-10",
                    "2023-05-01",
                    "2023-05-08",
                    "2023-05-29",
                    "2023-08-28",
                    "2023-12-25",
                    "2023-12-26"),
            2024,
            List.of(
                    "2024-01-01",
                    "2024-03-29",
                    "2024-04-01",
                    "2024-05-06",
                    "2024-05-27",
                    "2024-08-26",
                    "2024-12-25",
                    "2024-12-26"),
            2025,
            List.of(
                    "2025-01-01",
                    "2025-04-18",
                    "2025-04-21",
                    "2025-05-05",
                    "2025-05-26",
                    "2025-08-25",
                    "2025-12-25",
                    "2025-12-26"),
            2026,
            List.of(
                    "2026-01-01",
                    "2026-04-03",
                    "2026-04-06",
                    "2026-05-04",
                    "2026-05-25",
                    "2026-08-31",
                    "2026-12-25",
                    "2026-12-28"),
            2027,
            List.of(
                    "2027-01-01",
                    "2027-03-26",
                    "2027-03-29",
                    "2027-05-03",
                    "2027-05-31",
                    "2027-08-30",
                    "2027-12-27",
                    "2027-12-28"));

    @Test
    void everyYearFrom2019To2027MatchesThePublishedList() {
        PUBLISHED.forEach(
                (year, expected) -> assertThat(HOLIDAYS.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                        .as("bank holidays in %d", year)
                        .containsExactlyElementsOf(
                                expected.stream().map(LocalDate::parse).toList()));
    }

    @Test
    void aDayIsABankHolidayExactlyWhenItIsOnTheList() {
        LocalDate from = LocalDate.of(2019, 1, 1);
        List<LocalDate> all = PUBLISHED.values().stream()
                .flatMap(List::stream)
                .map(LocalDate::parse)
                .toList();
        Stream.iterate(from, d -> d.isBefore(LocalDate.of(2028, 1, 1)), d -> d.plusDays(1))
                .forEach(day -> assertThat(HOLIDAYS.isBankHoliday(day))
                        .as(day.toString())
                        .isEqualTo(all.contains(day)));
    }

    @Test
    void betweenSpansYearsAndIncludesBothEnds() {
        assertThat(HOLIDAYS.between(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)))
                .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1));
        assertThat(HOLIDAYS.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
                .isEmpty();
    }

    @Test
    void easterIsComputedForTheGregorianCalendar() {
        assertThat(BankHolidays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(BankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(BankHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Property
    void everyYearHasAtLeastEightBankHolidays(@ForAll @IntRange(min = 1900, max = 2400) int year) {
        assertThat(HOLIDAYS.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @Property
    void aBankHolidayIsNeverAtTheWeekend(@ForAll @IntRange(min = 1900, max = 2400) int year) {
        assertThat(HOLIDAYS.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .allSatisfy(day -> assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }
}
