package org.carecoop.people;

/** Why a worker is away: leave they planned, or sickness. */
public enum AbsenceKind {
    LEAVE,
    SICK
}
