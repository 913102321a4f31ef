/**
 * The matching pages and JSON API: a person's support requests (made by them, someone acting for
 * them or a co-ordinator in assisted mode), their matching settings, the activities co-ordinators
 * keep, a request's shortlist with reasons and its letter to post (CH3, CH7), requests near a worker
 * and saying they are interested, introductions (CH4) with the page both sides share, arrangements,
 * exclusions, a person's back-up pool (CH6) and workers' back-up invitations.
 */
@NullMarked
package org.carecoop.matching.web;

import org.jspecify.annotations.NullMarked;
