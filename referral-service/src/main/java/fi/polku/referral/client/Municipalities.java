package fi.polku.referral.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The official municipality classification, shipped as reference data in {@code reference/municipalities.csv}. */
public final class Municipalities {

    private static final Map<String, String> NAMES = load();

    private Municipalities() {}

    public static boolean exists(String code) {
        return NAMES.containsKey(code);
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }

    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new TreeMap<>();
        try (InputStream in = Municipalities.class.getResourceAsStream("/reference/municipalities.csv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("code;") && !l.isBlank())
                    .forEach(l -> {
                        String[] columns = l.split(";", 2);
                        names.put(columns[0], columns[1]);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the municipality list", e);
        }
        return Collections.unmodifiableMap(names);
    }
}
