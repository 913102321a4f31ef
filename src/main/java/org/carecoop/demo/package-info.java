/**
 * Demo data: a small co-op around Hebden Bridge, loaded at start-up when {@code carecoop.demo.enabled}
 * is true (the default with the embedded database, never with an external one unless asked). It uses
 * only the other modules' public APIs, exactly as a user's actions would.
 */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package org.carecoop.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
