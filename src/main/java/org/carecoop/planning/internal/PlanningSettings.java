package org.carecoop.planning.internal;

import java.time.Duration;
import org.carecoop.planning.Weights;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the product plans ({@code carecoop.planning.*}): how far a visit may move from its booked start,
 * which visits are frozen, how long the planner runs, and what each soft goal costs in care work.
 * Costs are per second of travel or lateness, so a continuity miss costing 1,800 is worth half an hour
 * of someone's travel.
 */
@Component
public class PlanningSettings {

    final Duration flexibility;
    final Duration freeze;
    final Duration timeLimit;
    final Duration unimproved;
    final Duration progressInterval;
    final Duration abandonedAfter;
    final Weights weights;

    PlanningSettings(
            @Value("${carecoop.planning.flexibility:30m}") Duration flexibility,
            @Value("${carecoop.planning.freeze:2h}") Duration freeze,
            @Value("${carecoop.planning.time-limit:60s}") Duration timeLimit,
            @Value("${carecoop.planning.unimproved:15s}") Duration unimproved,
            @Value("${carecoop.planning.progress-interval:3s}") Duration progressInterval,
            @Value("${carecoop.planning.abandoned-after:2m}") Duration abandonedAfter,
            @Value("${carecoop.planning.weights.travel:1}") long travel,
            @Value("${carecoop.planning.weights.lateness:2}") long lateness,
            @Value("${carecoop.planning.weights.continuity:1800}") long continuity,
            @Value("${carecoop.planning.weights.fairness:0}") long fairness,
            @Value("${carecoop.planning.weights.overtime:2}") long overtime,
            @Value("${carecoop.planning.weights.disruption:900}") long disruption) {
        this.flexibility = flexibility;
        this.freeze = freeze;
        this.timeLimit = timeLimit;
        this.unimproved = unimproved;
        this.progressInterval = progressInterval;
        this.abandonedAfter = abandonedAfter;
        this.weights = new Weights(0, travel, 0, lateness, 0, continuity, fairness, overtime, disruption);
    }
}
