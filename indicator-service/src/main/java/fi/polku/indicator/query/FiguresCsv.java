package fi.polku.indicator.query;

/**
 * An answer as CSV, one line per cell, totals last with the group TOTAL; a suppressed value reads {@code <5}. The API
 * and the dashboard's download both write it here, so a spreadsheet gets the same file from either.
 */
public final class FiguresCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private FiguresCsv() {}

    public static String of(AnswerService.Answer answer) {
        StringBuilder out = new StringBuilder("period,group,value,p90,n\n");
        answer.rows().forEach(c -> line(out, c, c.group() == null ? "" : c.group()));
        answer.totals().forEach(c -> line(out, c, "TOTAL"));
        return out.toString();
    }

    /**
     * A text field as RFC 4180 quotes it, and never read as a formula by a spreadsheet: group values such as areas and
     * team names are free text.
     */
    static String field(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quoted = safe.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n' || ch == '\'');
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static void line(StringBuilder out, Cell c, String group) {
        out.append(c.period())
                .append(',')
                .append(field(group))
                .append(',')
                .append(
                        c.suppressed()
                                ? "<5"
                                : c.value() == null ? "" : c.value().toPlainString())
                .append(',')
                .append(c.p90() == null ? "" : c.p90().toPlainString())
                .append(',')
                .append(c.n() == null ? "" : c.n())
                .append('\n');
    }
}
