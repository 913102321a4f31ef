package org.carecoop.planning.internal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon VRPTW instance as published: node 0 is the depot, the others are customers, in the
 * file's own units (coordinates, demand, ready and due times, service time).
 */
record SolomonInstance(String name, int vehicles, long capacity, List<Node> nodes) {

    SolomonInstance {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty() || nodes.get(0).number() != 0) {
            throw new IllegalArgumentException("Solomon instance " + name + " does not start with depot 0");
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).number() != i) {
                throw new IllegalArgumentException("Solomon instance " + name + " skips node " + i);
            }
        }
    }

    /** One row of the customer table. */
    record Node(int number, double x, double y, long demand, double ready, double due, double service) {}

    Node depot() {
        return nodes.get(0);
    }

    int customers() {
        return nodes.size() - 1;
    }

    /** Straight-line distance, which is also the travel time, in double precision. */
    double euclid(int from, int to) {
        Node a = nodes.get(from);
        Node b = nodes.get(to);
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    static SolomonInstance read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /**
     * Reads the text format: the name on the first line, the vehicle count and capacity on the line
     * after {@code NUMBER CAPACITY}, then one row of seven numbers per node. Line ends may be CRLF.
     */
    static SolomonInstance parse(String text) {
        List<String> lines =
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Empty Solomon instance");
        }
        String name = lines.get(0);
        int vehicles = -1;
        long capacity = -1;
        List<Node> nodes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split("\\s+");
            if (lines.get(i).startsWith("NUMBER") && i + 1 < lines.size()) {
                String[] fleet = lines.get(++i).split("\\s+");
                vehicles = Integer.parseInt(fleet[0]);
                capacity = Long.parseLong(fleet[1]);
            } else if (fields.length == 7 && fields[0].chars().allMatch(Character::isDigit)) {
                nodes.add(new Node(
                        Integer.parseInt(fields[0]),
                        Double.parseDouble(fields[1]),
                        Double.parseDouble(fields[2]),
                        Long.parseLong(fields[3]),
                        Double.parseDouble(fields[4]),
                        Double.parseDouble(fields[5]),
                        Double.parseDouble(fields[6])));
            }
        }
        if (vehicles < 1 || capacity < 0) {
            throw new IllegalArgumentException("Solomon instance " + name + " has no vehicle line");
        }
        return new SolomonInstance(name, vehicles, capacity, nodes);
    }
}
