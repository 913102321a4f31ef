package org.carecoop.planning.internal;

/** A job is already queued or running for the area: only one runs at a time per area. */
public class AlreadyOptimising extends RuntimeException {

    private final String area;

    public AlreadyOptimising(String area) {
        super("An optimisation of " + area + " is already under way");
        this.area = area;
    }

    public String area() {
        return area;
    }
}
