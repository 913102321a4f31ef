package org.carecoop.platform.geo;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carecoop.platform.cli.Command;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar carecoop.jar import-postcodes --file ONSPD.csv}: loads unit postcodes from the
 * ONS Postcode Directory into {@code platform.postcode}, then recomputes each sector's centre from its
 * units.
 *
 * <p>The file is streamed, so the full directory (about 2.7 million rows) needs little memory. Rows
 * are upserted in batches, each batch in its own transaction, so running the import again with a
 * newer directory updates what is there. Postcodes that have been terminated ({@code doterm} set) and
 * those ONS gives no location ({@code lat} 99.999999) are skipped; so are rows whose postcode or
 * coordinates cannot be read.
 */
@Component
class PostcodeImport implements Command {

    static final String NAME = "import-postcodes";
    private static final int BATCH_SIZE = 5_000;
    private static final Set<String> REQUIRED_COLUMNS = Set.of("pcds", "lat", "long", "doterm");
    /** What ONS puts in {@code lat} for postcodes it has no grid reference for. */
    private static final String NO_LOCATION = "99.999999";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    PostcodeImport(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** What one import did. */
    record Result(long imported, long terminated, long withoutLocation, long unreadable, int sectors) {

        String summary() {
            return String.format(
                    Locale.UK,
                    "Imported %s; skipped %,d terminated, %,d without a location and %,d unreadable; %s recomputed.",
                    count(imported, "postcode"),
                    terminated,
                    withoutLocation,
                    unreadable,
                    count(sectors, "sector"));
        }

        private static String count(long n, String noun) {
            return String.format(Locale.UK, "%,d %s%s", n, noun, n == 1 ? "" : "s");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(List<String> arguments) throws IOException {
        Path file = fileArgument(arguments);
        if (file == null) {
            System.err.println("Usage: java -jar carecoop.jar " + NAME + " --file ONSPD.csv");
            return 2;
        }
        if (!Files.isReadable(file)) {
            System.err.println("Cannot read " + file);
            return 1;
        }
        Result result = importFrom(file);
        System.out.println(result.summary());
        return 0;
    }

    Result importFrom(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        long imported = 0;
        long terminated = 0;
        long withoutLocation = 0;
        long unreadable = 0;
        try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                CSVParser parser = format.parse(reader)) {
            List<String> missing = REQUIRED_COLUMNS.stream()
                    .filter(column ->
                            parser.getHeaderMap().keySet().stream().noneMatch(h -> h.equalsIgnoreCase(column)))
                    .sorted()
                    .toList();
            if (!missing.isEmpty()) {
                throw new IOException("The file has no column " + String.join(", ", missing)
                        + ": is it the ONS Postcode Directory CSV?");
            }
            List<Object[]> batch = new ArrayList<>(BATCH_SIZE);
            for (CSVRecord row : parser) {
                if (!row.isConsistent()) {
                    unreadable++;
                    continue;
                }
                if (!row.get("doterm").isBlank()) {
                    terminated++;
                    continue;
                }
                if (row.get("lat").equals(NO_LOCATION)) {
                    withoutLocation++;
                    continue;
                }
                Object[] unit = unit(row);
                if (unit == null) {
                    unreadable++;
                    continue;
                }
                batch.add(unit);
                if (batch.size() == BATCH_SIZE) {
                    imported += write(batch);
                    batch.clear();
                }
            }
            imported += write(batch);
        }
        int sectors = recomputeSectors();
        return new Result(imported, terminated, withoutLocation, unreadable, sectors);
    }

    private static Object @Nullable [] unit(CSVRecord row) {
        var postcode = Postcode.parse(row.get("pcds"));
        if (postcode.isEmpty()) {
            return null;
        }
        try {
            GeoPoint point = new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("long")));
            return new Object[] {postcode.get().value(), point.latitude(), point.longitude()};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private int write(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        transactions.executeWithoutResult(status -> jdbc.batchUpdate("""
                insert into platform.postcode (postcode, latitude, longitude) values (?, ?, ?)
                on conflict (postcode) do update set latitude = excluded.latitude, longitude = excluded.longitude""", batch));
        return batch.size();
    }

    /**
     * Each sector's centre becomes the mean of its units. Sectors already known keep their place
     * name (the seeded demo area names its towns); new ones are named by their district.
     */
    private int recomputeSectors() {
        Integer count = transactions.execute(status -> jdbc.update("""
                insert into platform.postcode_sector (sector, latitude, longitude, place)
                select left(postcode, -2), avg(latitude), avg(longitude), min(split_part(postcode, ' ', 1))
                from platform.postcode group by left(postcode, -2)
                on conflict (sector) do update set latitude = excluded.latitude, longitude = excluded.longitude"""));
        return count == null ? 0 : count;
    }

    private static @Nullable Path fileArgument(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--file") && i + 1 < arguments.size()) {
                return Path.of(arguments.get(i + 1));
            }
            if (argument.startsWith("--file=") && argument.length() > "--file=".length()) {
                return Path.of(argument.substring("--file=".length()));
            }
        }
        return null;
    }

    /** ONS files saved by spreadsheet programs may start with a UTF-8 byte order mark. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
