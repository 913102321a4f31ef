package org.carecoop.people;

/** What a person hopes support will help them achieve. */
public enum OutcomeSought {
    INDEPENDENCE,
    SOCIAL_CONNECTION,
    NEW_SKILLS,
    HEALTH_AND_WELLBEING,
    STAYING_AT_HOME,
    WORK_OR_VOLUNTEERING,
    CARER_BREAK
}
