package org.carecoop.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carecoop.platform.cli.Command;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PostcodeImportTests extends IntegrationTest {

    @Autowired
    List<Command> commands;

    @Autowired
    Geocoder geocoder;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    /** A few rows in the ONS Postcode Directory's layout, with more columns than the import reads. */
    static final String ONSPD = """
            \uFEFFpcd,pcd2,pcds,dointr,doterm,oscty,lat,long
            "ZE1 0AA","ZE1  0AA","ZE1 0AA","198001","","S99999999",60.153000,-1.149000
            "ZE1 0AB","ZE1  0AB","ZE1 0AB","198001","","S99999999",60.155000,-1.151000
            "ZE2 9AA","ZE2  9AA","ZE2 9AA","198001","200012","S99999999",60.300000,-1.300000
            "ZE3 9ZZ","ZE3  9ZZ","ZE3 9ZZ","198001","","S99999999",99.999999,0.000000
            "OL148AA","OL14 8AA","OL14 8AA","198001","","E99999999",53.730100,-2.129900
            "NOT A PC","","NOT A PC","198001","","E99999999",53.0,-2.0
            "ZE1 0AD","ZE1  0AD","ZE1 0AD","198001","","S99999999",north,-1.150000
            """;

    @Test
    void importsLocatedUnitsSkippingTerminatedAndUnlocatedOnesAndRecomputesSectors() throws Exception {
        Path file = directory.resolve("ONSPD.csv");
        Files.writeString(file, ONSPD, StandardCharsets.UTF_8);

        String out = run("--file", file.toString());

        assertThat(out).contains("Imported 3 postcodes; skipped 1 terminated, 1 without a location and 2 unreadable;");
        Location unit = geocoder.locate(Postcode.of("ZE1 0AB")).orElseThrow();
        assertThat(unit.exact()).isTrue();
        assertThat(unit.point()).isEqualTo(new GeoPoint(60.155, -1.151));
        assertThat(geocoder.locate(Postcode.of("ZE2 9AA"))).isEmpty();
        assertThat(geocoder.locate(Postcode.of("ZE3 9ZZ"))).isEmpty();

        Location sector = geocoder.locate(Postcode.of("ZE1 0XX")).orElseThrow();
        assertThat(sector.exact()).isFalse();
        assertThat(sector.point().latitude()).isCloseTo(60.154, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sector.point().longitude()).isCloseTo(-1.150, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sector.place()).as("a new sector is named by its district").isEqualTo("ZE1");

        assertThat(geocoder.locate(Postcode.of("OL14 8ZZ")).orElseThrow().place())
                .as("a seeded sector keeps its place name")
                .isEqualTo("Cornholme");
    }

    @Test
    void importingTheSameFileAgainUpdatesRatherThanDuplicates() throws Exception {
        Path file = directory.resolve("again.csv");
        Files.writeString(file, "pcds,lat,long,doterm\nZE4 1AB,60.4,-1.4,\n", StandardCharsets.UTF_8);
        run("--file", file.toString());
        Files.writeString(file, "pcds,lat,long,doterm\nZE4 1AB,60.5,-1.5,\n", StandardCharsets.UTF_8);

        String out = run("--file=" + file);

        assertThat(out).contains("Imported 1 postcode;");
        assertThat(jdbc.sql("select count(*) from platform.postcode where postcode = 'ZE4 1AB'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(geocoder.locate(Postcode.of("ZE4 1AB")).orElseThrow().point())
                .isEqualTo(new GeoPoint(60.5, -1.5));
    }

    @Test
    void saysHowToUseItWithoutAFileAndRefusesAFileThatIsNotTheDirectory() throws Exception {
        Command command = command();
        assertThat(command.run(List.of())).isEqualTo(2);

        Path file = directory.resolve("other.csv");
        Files.writeString(file, "name,age\nEric,84\n", StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> command.run(List.of("--file", file.toString())))
                .hasMessageContaining("no column")
                .hasMessageContaining("pcds");
    }

    private Command command() {
        return commands.stream()
                .filter(c -> c.name().equals("import-postcodes"))
                .findFirst()
                .orElseThrow();
    }

    private String run(String... arguments) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(command().run(List.of(arguments))).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
