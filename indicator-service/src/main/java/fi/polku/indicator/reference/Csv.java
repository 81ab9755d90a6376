package fi.polku.indicator.reference;

import fi.polku.platform.rule.InvalidField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** RFC 4180 CSV as spreadsheets save it (Commons CSV): quoted fields may hold commas, quotes and line breaks. */
final class Csv {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private Csv() {}

    /** The records of {@code text}, blank lines left out; a quote left open, or text after one, is an InvalidField. */
    static List<List<String>> parse(String text) {
        // Excel saves UTF-8 with a byte-order mark, which is no part of the first header.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidField(
                    "body", "is not valid CSV: a quoted field is never closed, or text follows its " + "closing quote");
        }
    }
}
