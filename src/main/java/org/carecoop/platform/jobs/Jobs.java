package org.carecoop.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The db-scheduler instance of this app instance, running every {@link RecurringTask} bean of the
 * application, and the {@link OneTimeTask} beans' executions scheduled through {@link #schedule}. It starts once the database is migrated and the context is up, and stops (waiting for
 * running executions) when the context closes. {@code carecoop.jobs.enabled=false} leaves it off.
 */
@Component
@DependsOnDatabaseInitialization
public class Jobs implements SmartLifecycle {

    /** db-scheduler's table, in the platform schema. */
    public static final String TABLE = "platform.scheduled_tasks";

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final DataSource dataSource;
    private final List<RecurringTask<?>> tasks;
    private final List<OneTimeTask<?>> oneTimeTasks;
    private final boolean enabled;
    private final Duration pollingInterval;
    private @Nullable Scheduler scheduler;

    Jobs(
            DataSource dataSource,
            List<RecurringTask<?>> tasks,
            List<OneTimeTask<?>> oneTimeTasks,
            @Value("${carecoop.jobs.enabled:true}") boolean enabled,
            @Value("${carecoop.jobs.polling-interval:30s}") Duration pollingInterval) {
        this.dataSource = dataSource;
        this.tasks = List.copyOf(tasks);
        this.oneTimeTasks = List.copyOf(oneTimeTasks);
        this.enabled = enabled;
        this.pollingInterval = pollingInterval;
    }

    @Override
    public synchronized void start() {
        if (!enabled || scheduler != null) {
            return;
        }
        Scheduler started = Scheduler.create(dataSource, new ArrayList<Task<?>>(oneTimeTasks))
                .tableName(TABLE)
                .enableImmediateExecution()
                .startTasks(tasks)
                .pollingInterval(pollingInterval)
                .threads(2)
                .build();
        started.start();
        scheduler = started;
        log.info(
                "Background jobs started: {}",
                tasks.stream().map(t -> t.getName()).toList());
    }

    /**
     * Schedules one execution of a {@link OneTimeTask} bean, kept in {@link #TABLE} until it has run
     * (a restart does not lose it). Due now, it starts at once on this instance when the scheduler is
     * running; otherwise at the next poll of whichever instance runs jobs.
     */
    public synchronized void schedule(TaskInstance<?> instance, Instant at) {
        SchedulerClient client = scheduler != null
                ? scheduler
                : SchedulerClient.Builder.create(dataSource, new ArrayList<Task<?>>(oneTimeTasks))
                        .tableName(TABLE)
                        .build();
        client.scheduleIfNotExists(instance, at);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
