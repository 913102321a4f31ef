package org.carecoop.people;

/** How a worker wants to be engaged by the co-op. */
public enum EmploymentBasis {
    SELF_EMPLOYED,
    MINIMUM_HOURS,
    SALARIED
}
