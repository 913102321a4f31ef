package org.carecoop.matching.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.SupportRequest.Strength;
import org.carecoop.people.Condition;
import org.carecoop.people.Gender;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.Skill;
import org.carecoop.people.VettingTiers;
import org.carecoop.platform.cli.BenchOptions;
import org.carecoop.platform.cli.Benchmark;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.springframework.stereotype.Component;

/**
 * {@code bench matching --workers N --requests M [--samples S]}: loads N synthetic worker cards spread
 * over West Yorkshire and beyond and M open synthetic requests, warms up, then times top-20
 * shortlists round the requests until there are S samples (at least 1,000), and the time to shortlist
 * every open request once. Run with a throw-away database, like every benchmark.
 */
@Component
class ShortlistBenchmark implements Benchmark {

    /** Towns the synthetic people and workers cluster around: latitude, longitude. */
    private static final double[][] TOWNS = {
        {53.742, -2.014}, // Hebden Bridge
        {53.721, -1.862}, // Halifax
        {53.645, -1.785}, // Huddersfield
        {53.795, -1.759}, // Bradford
        {53.801, -1.549}, // Leeds
        {53.683, -1.499}, // Wakefield
        {53.870, -1.906}, // Keighley
        {53.712, -2.097}, // Todmorden
        {53.480, -2.242}, // Manchester
        {53.958, -1.082}, // York
    };

    private static final List<String> INTERESTS = List.of(
            "walking",
            "gardening",
            "brass bands",
            "baking",
            "chess",
            "films",
            "football",
            "knitting",
            "reading",
            "music",
            "birdwatching",
            "cricket",
            "painting",
            "photography",
            "swimming",
            "cooking",
            "history",
            "crosswords",
            "dancing",
            "fishing");
    private static final List<String> LANGUAGES = List.of("Urdu", "Polish", "Punjabi", "Welsh", "Bengali");

    private final WorkerCards cards;
    private final Requests requests;
    private final Shortlisting shortlisting;
    private final Clock clock;

    ShortlistBenchmark(WorkerCards cards, Requests requests, Shortlisting shortlisting, Clock clock) {
        this.cards = cards;
        this.requests = requests;
        this.shortlisting = shortlisting;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "matching";
    }

    @Override
    public String description() {
        return "milliseconds per top-20 shortlist over synthetic workers (--workers N, default 10000;"
                + " --requests M, default 200; --samples S, default 1000)";
    }

    @Override
    public Map<String, String> run(BenchOptions options) {
        int workerCount = options.positive("workers", 10_000);
        int requestCount = options.positive("requests", 200);
        int samples = Math.max(1_000, options.positive("samples", 1_000));
        Random random = new Random(42);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        long loading = System.nanoTime();
        List<WorkerCard> synthetic = new ArrayList<>(workerCount);
        for (int i = 0; i < workerCount; i++) {
            synthetic.add(card(random, i, today));
        }
        cards.saveAll(synthetic, now);
        List<SupportRequest> open = new ArrayList<>(requestCount);
        for (int i = 0; i < requestCount; i++) {
            SupportRequest request = request(random, i, now);
            requests.insert(request, request.personId(), request.personId());
            open.add(request);
        }
        System.out.printf(
                Locale.ROOT,
                "loaded %d worker cards and %d requests in %.1f s%n",
                workerCount,
                requestCount,
                (System.nanoTime() - loading) / 1e9);

        int shortlisted = 0;
        for (int i = 0; i < Math.min(300, samples); i++) {
            shortlisted += shortlisting
                    .bestWorkers(open.get(i % open.size()), Shortlisting.DEFAULT_SIZE)
                    .size();
        }
        long[] times = new long[samples];
        for (int i = 0; i < samples; i++) {
            SupportRequest request = open.get(i % open.size());
            long start = System.nanoTime();
            shortlisted +=
                    shortlisting.bestWorkers(request, Shortlisting.DEFAULT_SIZE).size();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);

        long all = System.nanoTime();
        int candidates = 0;
        List<SupportRequest> stored = requests.open();
        for (SupportRequest request : stored) {
            candidates +=
                    shortlisting.bestWorkers(request, Shortlisting.DEFAULT_SIZE).size();
        }
        double allSeconds = (System.nanoTime() - all) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%d samples; on average %.1f candidates per shortlist; all %d open requests: %d candidates%n",
                samples,
                (double) shortlisted / (samples + Math.min(300, samples)),
                stored.size(),
                candidates);

        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("workers", String.valueOf(workerCount));
        figures.put("requests", String.valueOf(requestCount));
        figures.put("p50_ms", millis(percentile(times, 50)));
        figures.put("p95_ms", millis(percentile(times, 95)));
        figures.put("p99_ms", millis(percentile(times, 99)));
        figures.put("all_requests_s", String.format(Locale.ROOT, "%.2f", allSeconds));
        return figures;
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    /** Most people live near a town; some anywhere across the north of England. */
    private static GeoPoint place(Random random) {
        if (random.nextDouble() < 0.8) {
            double[] town = TOWNS[random.nextInt(TOWNS.length)];
            return new GeoPoint(town[0] + random.nextGaussian() * 0.07, town[1] + random.nextGaussian() * 0.11);
        }
        return new GeoPoint(53.0 + random.nextDouble() * 1.8, -3.2 + random.nextDouble() * 3.0);
    }

    private static WeeklyPattern hours(Random random, int windows, int longest) {
        List<Integer> hours = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            int day = random.nextInt(7);
            int start = 7 + random.nextInt(12);
            int length = 1 + random.nextInt(longest);
            for (int h = start; h < Math.min(24, start + length); h++) {
                hours.add(day * 24 + h);
            }
        }
        return WeeklyPattern.ofHours(hours.stream().mapToInt(Integer::intValue).toArray());
    }

    private static <E extends Enum<E>> Set<E> some(Random random, Class<E> type, double chance) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextDouble() < chance) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    private static List<String> someOf(Random random, List<String> words, int max) {
        List<String> chosen = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            String word = words.get(random.nextInt(words.size()));
            if (!chosen.contains(word)) {
                chosen.add(word);
            }
        }
        return chosen;
    }

    private static WorkerCard card(Random random, int i, LocalDate today) {
        double kind = random.nextDouble();
        List<String> languages = new ArrayList<>(List.of("english"));
        languages.addAll(someOf(random, LANGUAGES, 1));
        double vetting = random.nextDouble();
        LocalDate tierOne = vetting < 0.1 ? null : today.plusDays(random.nextInt(800) - 60);
        LocalDate tierTwo = tierOne != null && vetting < 0.5 ? tierOne.minusDays(random.nextInt(60)) : null;
        return new WorkerCard(
                UUID.randomUUID(),
                "Worker " + i,
                kind < 0.75
                        ? WorkerCard.Kind.WORKER
                        : kind < 0.9 ? WorkerCard.Kind.VOLUNTEER : WorkerCard.Kind.PEER_SUPPORTER,
                random.nextDouble() < 0.02 ? null : place(random),
                "HX" + random.nextInt(8),
                5 + random.nextInt(36),
                random.nextDouble() < 0.6,
                Gender.values()[random.nextInt(Gender.values().length)],
                random.nextInt(25),
                some(random, Skill.class, 0.35),
                some(random, Condition.class, 0.15),
                someOf(random, INTERESTS, 5),
                languages,
                hours(random, 3 + random.nextInt(8), 8),
                new VettingTiers(tierOne, tierTwo),
                1200 + random.nextInt(1000));
    }

    private static SupportRequest request(Random random, int i, Instant now) {
        WeeklyPattern times = hours(random, 2 + random.nextInt(4), 6);
        List<Preference> preferences = new ArrayList<>();
        if (random.nextDouble() < 0.2) {
            preferences.add(new Preference(PreferenceKind.GENDER, Gender.WOMAN.name(), Strength.MUST));
        }
        if (random.nextDouble() < 0.3) {
            preferences.add(new Preference(PreferenceKind.DRIVES, "", Strength.WOULD_LIKE));
        }
        if (random.nextDouble() < 0.2) {
            preferences.add(new Preference(PreferenceKind.LANGUAGE, "Urdu", Strength.WOULD_LIKE));
        }
        GeoPoint place = place(random);
        return new SupportRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                SupportRequest.Status.OPEN,
                "Synthetic request " + i,
                "",
                SupportRequest.Kind.WEEKLY,
                times,
                Math.max(1, Math.min(times.hours(), 1 + random.nextInt(4))),
                null,
                null,
                some(random, Skill.class, 0.12),
                some(random, OutcomeSought.class, 0.25),
                someOf(random, INTERESTS, 4),
                random.nextDouble() < 0.9 ? SupportRequest.Prefers.WORKER : SupportRequest.Prefers.PEER_SUPPORTER,
                true,
                preferences,
                place,
                "HX7",
                now);
    }
}
