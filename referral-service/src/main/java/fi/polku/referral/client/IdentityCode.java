package fi.polku.referral.client;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A Finnish personal identity code (henkilötunnus), {@code DDMMYYCZZZQ}: birth date, century sign,
 * individual number and check character. Parsing enforces every rule, so an instance is always valid.
 *
 * <p>Century signs: {@code +} for the 1800s; {@code -} and, since 2023, {@code Y X W V U} for the 1900s;
 * {@code A} and, since 2023, {@code B C D E F} for the 2000s. Individual numbers 002–899 are permanent
 * codes, 900–999 temporary ones.
 */
public final class IdentityCode {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String SIGNS_1800 = "+";
    private static final String SIGNS_1900 = "-YXWVU";
    private static final String SIGNS_2000 = "ABCDEF";

    private final String value;
    private final LocalDate birthDate;
    private final int individualNumber;

    private IdentityCode(String value, LocalDate birthDate, int individualNumber) {
        this.value = value;
        this.birthDate = birthDate;
        this.individualNumber = individualNumber;
    }

    /**
     * Parses {@code text}, ignoring surrounding whitespace; letters may be in either case.
     *
     * @throws InvalidIdentityCodeException naming the rule the text breaks
     */
    public static IdentityCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidIdentityCodeException("must not be empty");
        }
        String code = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 11) {
            throw new InvalidIdentityCodeException("must be 11 characters (DDMMYYCZZZQ), not " + code.length());
        }
        String datePart = code.substring(0, 6);
        char sign = code.charAt(6);
        String individualPart = code.substring(7, 10);
        char check = code.charAt(10);
        if (!datePart.chars().allMatch(Character::isDigit)) {
            throw new InvalidIdentityCodeException("the first six characters must be the birth date as digits DDMMYY");
        }
        int century = century(sign);
        if (!individualPart.chars().allMatch(Character::isDigit)) {
            throw new InvalidIdentityCodeException("characters 8–10 must be the individual number as digits");
        }
        int individualNumber = Integer.parseInt(individualPart);
        if (individualNumber < 2) {
            throw new InvalidIdentityCodeException("the individual number must be from 002 to 999");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(
                    century + Integer.parseInt(datePart.substring(4, 6)),
                    Integer.parseInt(datePart.substring(2, 4)),
                    Integer.parseInt(datePart.substring(0, 2)));
        } catch (DateTimeException e) {
            throw new InvalidIdentityCodeException(
                    "the first six characters and the century sign do not make a valid birth date");
        }
        char expected = CHECK_CHARACTERS.charAt(Integer.parseInt(datePart + individualPart) % 31);
        if (check != expected) {
            throw new InvalidIdentityCodeException("the check character does not match the rest of the code");
        }
        return new IdentityCode(code, birthDate, individualNumber);
    }

    private static int century(char sign) {
        if (SIGNS_1800.indexOf(sign) >= 0) {
            return 1800;
        }
        if (SIGNS_1900.indexOf(sign) >= 0) {
            return 1900;
        }
        if (SIGNS_2000.indexOf(sign) >= 0) {
            return 2000;
        }
        throw new InvalidIdentityCodeException("the century sign must be one of + - Y X W V U A B C D E F");
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Whether this is a temporary identifier (individual number 900–999) rather than a permanent code. */
    public boolean temporary() {
        return individualNumber >= 900;
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** The canonical form, upper case. Personal data: never log it or put it in an event. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked, so that a stray log line does not disclose the code. */
    @Override
    public String toString() {
        return value.substring(0, 6) + value.charAt(6) + "****";
    }
}
