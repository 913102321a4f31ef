/** Reading a person's schedule with the access check and the access log. Private to the rota module. */
@NullMarked
package org.carecoop.rota.internal;

import org.jspecify.annotations.NullMarked;
