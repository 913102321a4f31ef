/**
 * How matching works inside: the stored support requests and the services that make, change and
 * close them for a person (checking {@link org.carecoop.matching.RequestAccess} every time), each
 * person's lowest accepted vetting tier, the groups and activities co-ordinators keep, introductions
 * with their state machine, trial sessions booked as visits and private decisions, regular
 * arrangements, exclusions, back-up pools, and the emails that go with them.
 */
@NullMarked
package org.carecoop.matching.internal;

import org.jspecify.annotations.NullMarked;
