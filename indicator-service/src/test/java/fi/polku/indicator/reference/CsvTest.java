package fi.polku.indicator.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.platform.rule.InvalidField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference data comes as spreadsheets save it: the CSV is read as RFC 4180 says, and a broken one is refused. */
class CsvTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        assertEquals(
                List.of(List.of("code", "name"), List.of("564", "Oulu, \"Uleåborg\"\nkeskusta")),
                Csv.parse("code,name\r\n564,\"Oulu, \"\"Uleåborg\"\"\nkeskusta\"\r\n"));
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreNoData() {
        assertEquals(List.of(List.of("code"), List.of("564")), Csv.parse("\uFEFFcode\n\n564\n\n"));
    }

    @Test
    void anEmptyQuotedFieldIsAnEmptyValue() {
        assertEquals(List.of(List.of("564", "")), Csv.parse("564,\"\""));
    }

    @Test
    void aQuoteLeftOpenOrTextAfterItIsRefusedNamingTheBody() {
        for (String broken : List.of("code,name\n564,\"Oulu", "564,\"Oulu\"x")) {
            InvalidField refused = assertThrows(InvalidField.class, () -> Csv.parse(broken), broken);
            assertEquals("body", refused.field());
        }
    }
}
