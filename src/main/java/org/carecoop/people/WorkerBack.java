package org.carecoop.people;

import java.time.Instant;
import java.util.UUID;

/**
 * A worker who was off sick said they are back, earlier than an end given before (or ending open
 * sickness): visits from {@code at} on need no cover for that sickness any more.
 */
public record WorkerBack(UUID workerId, Instant at) {}
