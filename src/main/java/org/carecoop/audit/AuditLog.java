package org.carecoop.audit;

import java.util.List;
import java.util.UUID;

/** Writes to and reads from the append-only access log. */
public interface AuditLog {

    /** Appends an entry, in the caller's transaction when there is one. */
    void record(AuditEntry entry);

    /** The newest entries about a person, newest first. */
    List<AuditEntry> aboutPerson(UUID personId, int limit);

    /** The newest entries made by an actor, newest first. */
    List<AuditEntry> byActor(UUID actorId, int limit);
}
