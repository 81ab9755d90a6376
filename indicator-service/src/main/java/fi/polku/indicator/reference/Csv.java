package fi.polku.indicator.reference;

import fi.polku.platform.rule.InvalidField;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV as spreadsheets save it: quoted fields may hold commas, quotes and line breaks. */
final class Csv {

    private Csv() {}

    /** The records of {@code text}, blank lines left out; an unclosed quote is a 400. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, record, field, wasQuoted);
                record = new ArrayList<>();
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidField("body", "has a quoted field that is never closed");
        }
        end(records, record, field, wasQuoted);
        return records;
    }

    private static void end(List<List<String>> records, List<String> record, StringBuilder field, boolean wasQuoted) {
        if (!record.isEmpty() || !field.isEmpty() || wasQuoted) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
    }
}
