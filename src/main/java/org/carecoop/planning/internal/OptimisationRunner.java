package org.carecoop.planning.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.carecoop.planning.Plan;
import org.carecoop.planning.Planner;
import org.carecoop.platform.jobs.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Runs optimisation jobs in the background on the jobs scheduler: each attempt is a db-scheduler
 * one-time task ({@value #TASK}, instance {@code <id>:<attempt>}), so a queued job survives a restart.
 * A run reports progress every {@code carecoop.planning.progress-interval}, which is also its
 * heartbeat; a running job whose heartbeat stops for {@code carecoop.planning.abandoned-after} (its
 * instance was stopped) is queued again as a new attempt by {@value #SWEEP}, and the old attempt, if
 * db-scheduler ever revives it, finds it is no longer its turn and does nothing.
 */
@Component
public class OptimisationRunner {

    static final String TASK = "planning-optimise";
    static final String SWEEP = "planning-resume-abandoned";

    /** The message key of what the job's page says of a failed run; the details go to the log. */
    static final String FAILURE = "planning.failure.error";

    private static final Logger log = LoggerFactory.getLogger(OptimisationRunner.class);

    private final Optimisations optimisations;
    private final ProblemBuilder problems;
    private final Planner planner;
    private final PlanningSettings settings;
    private final Jobs jobs;
    private final OneTimeTask<Void> task;
    private final Clock clock;

    OptimisationRunner(
            Optimisations optimisations,
            ProblemBuilder problems,
            Planner planner,
            PlanningSettings settings,
            Jobs jobs,
            OneTimeTask<Void> planningOptimiseTask,
            Clock clock) {
        this.optimisations = optimisations;
        this.problems = problems;
        this.planner = planner;
        this.settings = settings;
        this.jobs = jobs;
        this.task = planningOptimiseTask;
        this.clock = clock;
    }

    /** Hands the attempt to the jobs scheduler, to start at once. */
    void schedule(UUID id, int attempt) {
        jobs.schedule(task.instance(id + ":" + attempt), clock.instant());
    }

    /** Runs one attempt of a job to the end, unless it is not (or no longer) this attempt's turn. */
    public void run(UUID id, int attempt) {
        run(id, attempt, planner);
    }

    /** Runs one attempt with the given planner (tests give a scripted one). */
    void run(UUID id, int attempt, Planner planner) {
        Instant started = clock.instant();
        if (!optimisations.claim(id, attempt, started)) {
            return;
        }
        Optimisation job = optimisations.find(id).orElseThrow();
        try {
            Snapshot snapshot = problems.build(job.area(), job.from(), job.to());
            optimisations.metrics(id, attempt, snapshot.metrics());
            AtomicLong lastSaved = new AtomicLong(System.nanoTime());
            AtomicLong lastChecked = new AtomicLong(System.nanoTime());
            AtomicReference<Boolean> stop = new AtomicReference<>(false);
            Plan plan = planner.solve(
                    snapshot.problem(),
                    snapshot.current(),
                    new Planner.Limits(settings.timeLimit, settings.unimproved, () -> {
                        long now = System.nanoTime();
                        if (now - lastChecked.get() > settings.progressInterval.toNanos()) {
                            lastChecked.set(now);
                            stop.set(!optimisations.stillRunning(id, attempt));
                        }
                        return stop.get();
                    }),
                    progress -> {
                        long now = System.nanoTime();
                        if (now - lastSaved.get() > settings.progressInterval.toNanos()) {
                            lastSaved.set(now);
                            optimisations.progress(
                                    id,
                                    attempt,
                                    progress.score(),
                                    progress.elapsed().toMillis(),
                                    progress.unassigned(),
                                    clock.instant());
                        }
                    });
            Comparison comparison = Comparison.of(snapshot, plan);
            Instant finished = clock.instant();
            optimisations.finish(
                    id,
                    attempt,
                    plan.score(),
                    Duration.between(started, finished).toMillis(),
                    plan.unassignedVisitIds().size(),
                    comparison,
                    finished);
            log.info(
                    "Optimisation {} of {} finished: {} changes",
                    id,
                    job.area(),
                    comparison.changes().size());
        } catch (RuntimeException e) {
            log.error("Optimisation {} of {} failed", id, job.area(), e);
            optimisations.fail(id, attempt, FAILURE, clock.instant());
        }
    }

    /** Queues again every run whose instance stopped reporting; returns how many. */
    public int resumeAbandoned() {
        int resumed = 0;
        for (Map.Entry<UUID, Integer> job :
                optimisations.requeueAbandoned(clock.instant().minus(settings.abandonedAfter))) {
            log.info("Optimisation {} was left running; starting it again (attempt {})", job.getKey(), job.getValue());
            schedule(job.getKey(), job.getValue());
            resumed++;
        }
        return resumed;
    }

    /** The scheduler's tasks: each attempt, and the sweep for abandoned runs. */
    @Configuration(proxyBeanMethods = false)
    static class JobTasks {

        @Bean
        OneTimeTask<Void> planningOptimiseTask(ObjectProvider<OptimisationRunner> runner) {
            return Tasks.oneTime(TASK).execute((instance, context) -> {
                String[] idAndAttempt = instance.getId().split(":");
                runner.getObject().run(UUID.fromString(idAndAttempt[0]), Integer.parseInt(idAndAttempt[1]));
            });
        }

        @Bean
        RecurringTask<Void> planningResumeAbandoned(
                ObjectProvider<OptimisationRunner> runner, PlanningSettings settings) {
            return Tasks.recurring(SWEEP, FixedDelay.of(settings.progressInterval.multipliedBy(10)))
                    .execute((instance, context) -> runner.getObject().resumeAbandoned());
        }
    }
}
