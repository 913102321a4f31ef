/**
 * UK postcodes and where they are: the {@link org.carecoop.platform.geo.Postcode} value type, the
 * {@link org.carecoop.platform.geo.Geocoder} port with its PostgreSQL implementation, and the {@code
 * import-postcodes} command that loads the ONS Postcode Directory.
 */
@NullMarked
package org.carecoop.platform.geo;

import org.jspecify.annotations.NullMarked;
