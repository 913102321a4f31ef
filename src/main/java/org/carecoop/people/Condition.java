package org.carecoop.people;

/** Conditions a worker has experience of supporting people with. */
public enum Condition {
    DEMENTIA,
    STROKE,
    PARKINSONS,
    MULTIPLE_SCLEROSIS,
    LEARNING_DISABILITY,
    AUTISM,
    MENTAL_HEALTH,
    PHYSICAL_DISABILITY,
    SENSORY_IMPAIRMENT,
    END_OF_LIFE,
    BRAIN_INJURY,
    DIABETES
}
