/**
 * The rota module's web layer: the person's calendar page (with htmx moving between weeks without
 * a reload), its JSON API twin, and the "My visits" navigation link; the worker's day and week
 * ({@code WorkerRota*}) and the co-ordinators' board ({@code Board*}). Private to the rota module.
 */
@NullMarked
package org.carecoop.rota.web;

import org.jspecify.annotations.NullMarked;
