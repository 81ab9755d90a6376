package fi.polku.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a text may hold, and a one-line text: each rule with what it must refuse and what it must let through. */
class TextTest {

    @Test
    void aTextOfOnlyWhiteSpaceIsNoText() {
        assertEquals(null, Text.stripToNull(null));
        assertEquals(null, Text.stripToNull(""));
        assertEquals(null, Text.stripToNull(" \t\n\u2003"));
        assertEquals("Oulu keskusta", Text.stripToNull("  Oulu keskusta\n"));
    }

    @Test
    void ordinaryFinnishSwedishAndEmojiTextPasses() {
        for (String text : List.of(
                "Åsa-Märta O'Brien",
                "Müller-Lüdenscheidt",
                "Ylä-Savo",
                "Ö",
                "",
                "Kiitos \uD83D\uDE00",
                "Perhe \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")) {
            assertEquals(Optional.empty(), Text.violation(text), text);
        }
        assertEquals(Optional.empty(), Text.violation("Rivi yksi\nrivi kaksi\tsarake"), "free text has lines");
        assertEquals(Optional.empty(), Text.singleLineViolation("Åsa-Märta O'Brien"));
    }

    @Test
    void noTextHoldsWhatWouldBeStoredOrShownOtherwise() {
        for (String text : List.of(
                "A\uD800B",
                "A\uDC00",
                "end\uD800",
                "nul\u0000",
                "bel\u0007",
                "esc\u001B[31m",
                "del\u007F",
                "c1\u0085",
                "rlo\u202Eevil",
                "isolate\u2066x\u2069",
                "x\uFFFF",
                "x\uFDD0")) {
            assertTrue(Text.violation(text).isPresent(), () -> "let through: " + escaped(text));
        }
    }

    @Test
    void aOneLineTextHoldsNoBreakAndNothingInvisible() {
        for (String text : List.of(
                "Matti\nJohannes",
                "Matti\tJohannes",
                "Matti\u2028Johannes",
                "Matti\u2029",
                "Oulu\u200D\u200D\u200Dkeskusta",
                "Oulu\u200Bkeskusta",
                "Ou\u00ADlu",
                "Oulu\uFEFF",
                "Oulu\uDB40\uDC01\uDB40\uDC41",
                "\u2060Oulu")) {
            assertTrue(Text.singleLineViolation(text).isPresent(), () -> "let through: " + escaped(text));
        }
        assertTrue(
                Text.singleLineViolation("Perhe \uD83D\uDC68\u200D\uD83D\uDC69").isPresent(),
                "a zero-width joiner has no place in a name");
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars()
                .forEach(
                        c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
