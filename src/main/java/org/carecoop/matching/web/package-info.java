/**
 * The matching pages and API: a person's support requests (made by them, someone acting for them or a
 * co-ordinator in assisted mode), their matching settings, and the activities co-ordinators keep.
 */
@NullMarked
package org.carecoop.matching.web;

import org.jspecify.annotations.NullMarked;
