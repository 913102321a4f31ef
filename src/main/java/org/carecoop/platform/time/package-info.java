/**
 * Times of the week: {@link org.carecoop.platform.time.WeeklyPattern}, the hours in a week when a
 * worker is available or a person wants support, in the co-op's zone.
 */
@NullMarked
package org.carecoop.platform.time;

import org.jspecify.annotations.NullMarked;
