package org.carecoop.people;

/**
 * Long-term conditions: those a worker has experience of supporting people with, and those a person
 * who receives support says they live with. Each has a peer page.
 */
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
