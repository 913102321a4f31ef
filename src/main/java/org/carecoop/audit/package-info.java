/**
 * The access log (DA1): an append-only record of every sign-in, failed sign-in and read or change of
 * a person's records, with who did it, on whose behalf and whether it was allowed. Other modules write
 * to it through {@link org.carecoop.audit.AuditLog}; a person reads the entries about themselves.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package org.carecoop.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
