package org.carecoop.people.internal;

import org.carecoop.people.PersonProfile;
import org.carecoop.people.WorkerProfile;
import org.jspecify.annotations.Nullable;

/**
 * One save of the profile form: contact details for everyone, and the sections the account has.
 *
 * @param phone empty for none
 * @param person the person's section, when the account receives support
 * @param worker the worker's section, when the account gives support
 */
public record ProfileChange(
        String displayName,
        String phone,
        @Nullable PersonProfile person,
        @Nullable WorkerProfile worker) {}
