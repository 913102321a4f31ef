/**
 * The shared kernel every module builds on: the embedded or external PostgreSQL connection, security
 * configuration (sign-in, sessions, bearer tokens, headers), who is calling ({@link
 * org.carecoop.platform.security.Caller}), the page layout and error handling, postcodes and the
 * {@link org.carecoop.platform.geo.Geocoder} port, the injected {@link java.time.Clock} and the
 * command-line entry points. It is an open module: every module may use any of its packages, and it
 * depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.carecoop.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
