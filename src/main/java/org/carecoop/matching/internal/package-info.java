/**
 * How matching works inside: the stored support requests, the services that make, change and close
 * them for a person (checking {@link org.carecoop.matching.RequestAccess} every time), each person's
 * lowest accepted vetting tier, and the groups and activities co-ordinators keep.
 */
@NullMarked
package org.carecoop.matching.internal;

import org.jspecify.annotations.NullMarked;
