package org.carecoop.planning.internal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Mankowska home-care instance in the unified {@code uhhc} JSON format, in the file's own units:
 * a distance matrix (which is also the travel time), caregivers with abilities starting and ending at
 * a terminal point, and patients with one time window and one or two required services, the second
 * of which is synchronised with the first.
 */
record MankowskaInstance(String name, double[][] distances, List<Caregiver> caregivers, List<Patient> patients) {

    MankowskaInstance {
        caregivers = List.copyOf(caregivers);
        patients = List.copyOf(patients);
    }

    /** A caregiver; {@code abilities} are service types. */
    record Caregiver(String id, Set<String> abilities, int start, int end) {

        Caregiver {
            abilities = Set.copyOf(abilities);
        }
    }

    /** A service a patient needs, with its type (what a caregiver must be able to do). */
    record Service(String id, String type, double duration) {}

    /**
     * How a patient's second service is tied to the first: {@code simultaneous} (equal starts) or
     * {@code sequential} (the second starts between {@code min} and {@code max} after the first).
     */
    record Sync(boolean simultaneous, double min, double max) {}

    record Patient(
            String id,
            int location,
            double windowStart,
            double windowEnd,
            List<Service> services,
            @Nullable Sync sync) {

        Patient {
            services = List.copyOf(services);
        }
    }

    double distance(int from, int to) {
        return distances[from][to];
    }

    static MankowskaInstance read(Path file, JsonMapper json) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), json);
    }

    static MankowskaInstance parse(String text, JsonMapper json) {
        JsonNode root = json.readTree(text);
        JsonNode matrix = root.required("distances");
        double[][] distances = new double[matrix.size()][];
        for (int i = 0; i < matrix.size(); i++) {
            distances[i] = new double[matrix.get(i).size()];
            for (int j = 0; j < distances[i].length; j++) {
                distances[i][j] = matrix.get(i).get(j).asDouble();
            }
            if (distances[i].length != matrix.size()) {
                throw new IllegalArgumentException("Distance matrix row " + i + " is not square");
            }
        }
        Map<String, Integer> terminals = new HashMap<>();
        for (JsonNode terminal : root.required("terminal_points")) {
            terminals.put(
                    terminal.required("id").asString(),
                    terminal.required("distance_matrix_index").asInt());
        }
        Map<String, String> types = new HashMap<>();
        for (JsonNode service : root.path("services")) {
            types.put(
                    service.required("id").asString(),
                    service.path("type").asString(service.required("id").asString()));
        }
        List<Caregiver> caregivers = new ArrayList<>();
        for (JsonNode caregiver : root.required("caregivers")) {
            Set<String> abilities = new LinkedHashSet<>();
            caregiver.required("abilities").forEach(a -> abilities.add(types.getOrDefault(a.asString(), a.asString())));
            caregivers.add(new Caregiver(
                    caregiver.required("id").asString(),
                    abilities,
                    terminal(terminals, caregiver.required("departing_point").asString()),
                    terminal(terminals, caregiver.required("arrival_point").asString())));
        }
        List<Patient> patients = new ArrayList<>();
        for (JsonNode patient : root.required("patients")) {
            String id = patient.required("id").asString();
            JsonNode windows = patient.required("time_windows");
            if (windows.size() != 1) {
                throw new IllegalArgumentException("Patient " + id + " has " + windows.size() + " time windows, not 1");
            }
            List<Service> services = new ArrayList<>();
            for (JsonNode required : patient.required("required_services")) {
                String service = required.required("service").asString();
                services.add(new Service(
                        service,
                        types.getOrDefault(service, service),
                        required.required("duration").asDouble()));
            }
            patients.add(new Patient(
                    id,
                    patient.required("distance_matrix_index").asInt(),
                    windows.get(0).required("start").asDouble(),
                    windows.get(0).required("end").asDouble(),
                    services,
                    sync(id, patient.get("synchronization"), services.size())));
        }
        String name = root.path("metadata").path("name").asString("");
        return new MankowskaInstance(name, distances, caregivers, patients);
    }

    private static int terminal(Map<String, Integer> terminals, String id) {
        Integer index = terminals.get(id);
        if (index == null) {
            throw new IllegalArgumentException("Unknown terminal point " + id);
        }
        return index;
    }

    private static @Nullable Sync sync(String patient, @Nullable JsonNode sync, int services) {
        if (services > 2) {
            throw new IllegalArgumentException("Patient " + patient + " needs more than two services");
        }
        if (services < 2) {
            return null;
        }
        if (sync == null) {
            throw new IllegalArgumentException("Patient " + patient + " needs two services but has no synchronisation");
        }
        String type = sync.required("type").asString();
        if (type.equals("simultaneous")) {
            return new Sync(true, 0, 0);
        }
        if (type.equals("sequential")) {
            JsonNode gap = sync.required("distance");
            return new Sync(
                    false, gap.required("min").asDouble(), gap.required("max").asDouble());
        }
        throw new IllegalArgumentException("Patient " + patient + " has unknown synchronisation " + type);
    }
}
