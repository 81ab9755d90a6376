package fi.polku.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads a service's role × endpoint table from docs/security.md: operation ("GET /api/…") → the roles allowed, and
 * whether an outside organisation's holder of such a role may call it too (the last column, "outside
 * organisation"). The services' contract tests hold each service to it with the test issuer's tokens, the end-to-end
 * test with the tokens Keycloak issues.
 */
public final class RoleMatrix {

    static final String OUTSIDE = "outside organisation";

    /** One operation's row: the roles that may call it and whether outside organisations may. */
    public record Row(Set<String> roles, boolean outsideOrganisations) {}

    private RoleMatrix() {}

    public static Map<String, Row> read(Path document, String service) throws IOException {
        List<String> lines = Files.readAllLines(document);
        int heading = lines.indexOf("### " + service);
        if (heading < 0) {
            throw new IllegalStateException(document + " has no section '### " + service + "'");
        }
        List<String> table = lines.subList(heading + 1, lines.size()).stream()
                .dropWhile(line -> !line.startsWith("|"))
                .takeWhile(line -> line.startsWith("|"))
                .toList();
        List<String> header = cells(table.get(0));
        if (!OUTSIDE.equals(header.getLast())) {
            throw new IllegalStateException("the table of " + service + " does not end with '" + OUTSIDE + "'");
        }
        Map<String, Row> matrix = new LinkedHashMap<>();
        for (String row : table.subList(2, table.size())) {
            List<String> cells = cells(row);
            if (cells.size() != header.size()) {
                throw new IllegalStateException(
                        "row has " + cells.size() + " cells, the header " + header.size() + ": " + row);
            }
            Set<String> allowed = IntStream.range(1, cells.size())
                    .filter(i -> switch (cells.get(i)) {
                        case "✓" -> true;
                        case "" -> false;
                        default ->
                            throw new IllegalStateException(
                                    "cell '" + cells.get(i) + "' is neither ✓ nor blank: " + row);
                    })
                    .mapToObj(header::get)
                    .collect(Collectors.toSet());
            boolean outside = allowed.remove(OUTSIDE);
            if (matrix.put(cells.get(0), new Row(allowed, outside)) != null) {
                throw new IllegalStateException("operation listed twice: " + cells.get(0));
            }
        }
        return matrix;
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
