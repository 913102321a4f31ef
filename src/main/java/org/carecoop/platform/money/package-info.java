/** Money as whole pence, never floating point. */
@NullMarked
package org.carecoop.platform.money;

import org.jspecify.annotations.NullMarked;
