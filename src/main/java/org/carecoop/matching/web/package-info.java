/**
 * The matching module's pages and JSON API for introductions (CH4) and back-up pools (CH6): the
 * invitation from a shortlist, the introduction page both sides share, arrangements, exclusions, a
 * person's back-up pool and workers' back-up invitations.
 */
@NullMarked
package org.carecoop.matching.web;

import org.jspecify.annotations.NullMarked;
