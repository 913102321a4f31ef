/**
 * The matching module's stores and services: support requests, introductions with their state
 * machine, trial sessions booked as visits and private decisions, regular arrangements, exclusions,
 * back-up pools, and the emails that go with them.
 */
@NullMarked
package org.carecoop.matching.internal;

import org.jspecify.annotations.NullMarked;
