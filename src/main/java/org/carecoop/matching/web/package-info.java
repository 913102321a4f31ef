/**
 * The matching pages and API: a request's shortlist with reasons and its letter to post (CH3, CH7),
 * requests near a worker and saying they are interested, and the JSON API for both.
 */
@NullMarked
package org.carecoop.matching.web;

import org.jspecify.annotations.NullMarked;
