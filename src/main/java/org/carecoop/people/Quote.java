package org.carecoop.people;

import java.util.List;

/**
 * The price of a visit with a worker's {@link RateCard}, worked out before it is confirmed, with
 * plain-English lines showing how ("2 h at £14.00 an hour: £28.00", "1 h weekend +25%: £3.50"). The
 * lines' amounts are each rounded to show; the total is rounded once, so it may differ from their sum
 * by a penny or two.
 *
 * @param totalPence what the visit costs, in pence
 */
public record Quote(long totalPence, List<Line> lines) {

    public Quote {
        lines = List.copyOf(lines);
    }

    /** One part of the price: what it is for, and its amount rounded to the penny. */
    public record Line(String text, long pence) {}
}
