/**
 * The matching pages and JSON API: a person's support requests (made by them, someone acting for
 * them or a co-ordinator in assisted mode), their matching settings, the activities co-ordinators
 * keep, introductions (CH4) with the page both sides share, arrangements, exclusions, a person's
 * back-up pool (CH6) and workers' back-up invitations.
 */
@NullMarked
package org.carecoop.matching.web;

import org.jspecify.annotations.NullMarked;
