package fi.polku.platform.validation;

import java.util.Optional;

/**
 * What a text Polku stores or logs may contain. Every text is well-formed Unicode (a lone surrogate would be stored
 * as "?", so the answer and the row would differ), holds no control character but tab and line breaks (BEL, ESC and
 * NUL corrupt terminals, letters and other systems) and no bidirectional override, embedding or isolate (U+202A–E,
 * U+2066–9), which make a text read differently from what it says. A one-line text (a name, an address line, an
 * identifier) holds no line break (U+2028 and U+2029 included) or tab and no invisible formatting character at all
 * (zero-width joiners and spaces, soft hyphens, marks, tag characters): two names that look the same must be the
 * same.
 *
 * <p>Written here rather than taken from a library because the rule is the county's, not Unicode's: Unicode's
 * identifier profiles (UTS #39) would refuse legitimate names with apostrophes and hyphens.
 */
public final class Text {

    private static final String INVISIBLE =
            "must not contain invisible formatting characters (zero-width or soft " + "hyphen)";

    private Text() {}

    /** A text of nothing but white space is no text: {@code null}; any other without its surrounding white space. */
    public static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The rule {@code value} breaks as a free text (notes, reasons), if any. */
    public static Optional<String> violation(String value) {
        return violation(value, false);
    }

    /** The rule {@code value} breaks as a one-line text (names, address lines, identifiers), if any. */
    public static Optional<String> singleLineViolation(String value) {
        return violation(value, true);
    }

    private static Optional<String> violation(String value, boolean singleLine) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    int codePoint = value.codePointAt(i++);
                    if (isNonCharacter(codePoint)) {
                        return Optional.of("must not contain Unicode non-characters");
                    }
                    // Tag characters (U+E0001, U+E0020–E007F) and the like hide text as well as a zero-width joiner.
                    if (singleLine && Character.getType(codePoint) == Character.FORMAT) {
                        return Optional.of(INVISIBLE);
                    }
                    continue;
                }
                return Optional.of("must be well-formed Unicode (no unpaired surrogate)");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must be well-formed Unicode (no unpaired surrogate)");
            }
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                if (singleLine) {
                    return Optional.of("must be one line of text without control characters");
                }
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(
                        singleLine
                                ? "must be one line of text without control characters"
                                : "must not contain control characters other than tabs and line breaks");
            }
            if (isBidiControl(c)) {
                return Optional.of("must not contain bidirectional override, embedding or isolate characters");
            }
            if (isNonCharacter(c)) {
                return Optional.of("must not contain Unicode non-characters");
            }
            if (singleLine && Character.getType(c) == Character.FORMAT) {
                return Optional.of(INVISIBLE);
            }
        }
        return Optional.empty();
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean isNonCharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
