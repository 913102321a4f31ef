package org.carecoop.planning;

/** {@link TravelMatrix} over square arrays, checked once when made. */
record ArrayTravelMatrix(long[][] times, long[][] distances) implements TravelMatrix {

    ArrayTravelMatrix {
        if (times.length != distances.length) {
            throw new IllegalArgumentException("Times and distances cover different places");
        }
        for (int i = 0; i < times.length; i++) {
            if (times[i].length != times.length || distances[i].length != times.length) {
                throw new IllegalArgumentException("Travel matrix row " + i + " is not square");
            }
        }
    }

    @Override
    public int size() {
        return times.length;
    }

    @Override
    public long time(int from, int to) {
        return times[from][to];
    }

    @Override
    public long distance(int from, int to) {
        return distances[from][to];
    }
}
