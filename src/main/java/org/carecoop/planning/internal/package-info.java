/**
 * How the product plans (CO5): the problem made from the rota ({@link
 * org.carecoop.planning.internal.ProblemBuilder}), travel between places ({@link
 * org.carecoop.planning.internal.TravelMatrices}), the background job ({@link
 * org.carecoop.planning.internal.OptimisationRunner}) and what co-ordinators do with its result ({@link
 * org.carecoop.planning.internal.Optimising}).
 */
@NullMarked
package org.carecoop.planning.internal;

import org.jspecify.annotations.NullMarked;
