/**
 * The teams module's pages and API: who sees what and the controls to change it, the person's access
 * log, the team's name, logo and invited members, and break-glass for co-ordinators.
 */
@NullMarked
package org.carecoop.teams.web;

import org.jspecify.annotations.NullMarked;
