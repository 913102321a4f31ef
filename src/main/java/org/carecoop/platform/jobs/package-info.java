/**
 * Background jobs on db-scheduler: its table lives in PostgreSQL ({@code platform.scheduled_tasks}),
 * so with several app instances each execution is picked by exactly one of them. Modules contribute
 * a job by declaring a {@link com.github.kagkarlsson.scheduler.task.helper.RecurringTask} bean; {@link
 * org.carecoop.platform.jobs.Jobs} starts them all with the application and stops them with it.
 */
@NullMarked
package org.carecoop.platform.jobs;

import org.jspecify.annotations.NullMarked;
