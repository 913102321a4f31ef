/**
 * The visits module's web layer: the co-ordinator's form to book a visit ({@code /visits/new}), to
 * cancel or complete one, and the booking endpoint of the JSON API ({@code POST /api/v1/visits}).
 * Private to the visits module.
 */
@NullMarked
package org.carecoop.visits.web;

import org.jspecify.annotations.NullMarked;
