/**
 * Rota views (CO3), starting with the person's calendar: the visits of a week on a phone-sized page
 * ({@code /people/{id}/schedule}, and {@code /schedule} for one's own) and in the JSON API ({@code GET
 * /api/v1/people/{id}/schedule}). It reads visits from the visits module and asks the teams module's
 * access policy who may see them, which the visits module cannot do itself: the teams module already
 * listens to the visits module's events, so a dependency the other way would close a cycle. Nothing
 * outside uses this module yet.
 */
@ApplicationModule(displayName = "Rota")
@NullMarked
package org.carecoop.rota;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
