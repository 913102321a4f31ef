/**
 * Accounts, roles and profiles (CH1), sign-up, sign-in, password reset, bearer tokens for the API, and
 * assisted mode (CH7), in which a co-ordinator creates an account and acts on someone's behalf. Other
 * modules use {@link org.carecoop.people.PeopleApi}.
 */
@ApplicationModule(displayName = "People")
@NullMarked
package org.carecoop.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
