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

/** Reads a service's role × endpoint table from docs/security.md: operation ("GET /api/…") → the roles allowed. */
final class RoleMatrix {

    private RoleMatrix() {
    }

    static Map<String, Set<String>> read(Path document, String service) throws IOException {
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
        Map<String, Set<String>> matrix = new LinkedHashMap<>();
        for (String row : table.subList(2, table.size())) {
            List<String> cells = cells(row);
            if (cells.size() != header.size()) {
                throw new IllegalStateException("row has " + cells.size() + " cells, the header " + header.size() + ": " + row);
            }
            Set<String> allowed = IntStream.range(1, cells.size())
                    .filter(i -> switch (cells.get(i)) {
                        case "✓" -> true;
                        case "" -> false;
                        default -> throw new IllegalStateException("cell '" + cells.get(i) + "' is neither ✓ nor blank: " + row);
                    })
                    .mapToObj(header::get).collect(Collectors.toSet());
            if (matrix.put(cells.get(0), allowed) != null) {
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
