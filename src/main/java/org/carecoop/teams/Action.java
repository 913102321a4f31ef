package org.carecoop.teams;

/** What someone wants to do with a category of a person's records. */
public enum Action {
    READ,
    WRITE
}
