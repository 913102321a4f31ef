package org.carecoop.planning;

/**
 * Travel time and distance between the places of a problem, by index. Implementations are
 * immutable and fast: the solver asks millions of times.
 */
public interface TravelMatrix {

    /** How many places there are; indices run from 0 to {@code size() - 1}. */
    int size();

    /** Time to go from one place to another, in the problem's time units. */
    long time(int from, int to);

    /** Distance from one place to another, in the problem's distance units. */
    long distance(int from, int to);

    /** A matrix held in two arrays, {@code times[from][to]} and {@code distances[from][to]}. */
    static TravelMatrix of(long[][] times, long[][] distances) {
        return new ArrayTravelMatrix(times, distances);
    }
}
