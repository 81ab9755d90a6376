package fi.polku.referral.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityCodeTest {

    @ParameterizedTest(name = "{0} is born {1}")
    @CsvSource({
        "131052-308T, 1952-10-13",
        "010199+0022, 1899-01-01",
        "311299-1236, 1999-12-31",
        "010100Y900F, 1900-01-01",
        "150550W7892, 1950-05-15",
        "010190V2347, 1990-01-01",
        "311270U345V, 1970-12-31",
        "010123A002E, 2023-01-01",
        "290224B567T, 2024-02-29",
        "010105C678L, 2005-01-01",
        "311211D789Y, 2011-12-31",
        "150620E890C, 2020-06-15",
        "010101F999X, 2001-01-01"
    })
    void everyCenturySignIsAccepted(String code, LocalDate birthDate) {
        IdentityCode parsed = IdentityCode.parse(code);
        assertEquals(birthDate, parsed.birthDate());
        assertEquals(code, parsed.value());
    }

    @Test
    void theNewSignsMeanTheSameCenturyAsTheOldOnes() {
        assertEquals(1950, IdentityCode.parse("150550W7892").birthDate().getYear());
        assertEquals(2020, IdentityCode.parse("150620E890C").birthDate().getYear());
    }

    @Test
    void lowerCaseAndSurroundingSpaceAreNormalised() {
        assertEquals("010123A002E", IdentityCode.parse("  010123a002e ").value());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "131052-308U | the check character does not match the rest of the code",
                "010190V2348 | the check character does not match the rest of the code",
                "010123A002F | the check character does not match the rest of the code",
                "131052G308T | the century sign must be one of + - Y X W V U A B C D E F",
                "131052*308T | the century sign must be one of + - Y X W V U A B C D E F",
                "290200X4561 | the first six characters and the century sign do not make a valid birth date",
                "310423A1234 | the first six characters and the century sign do not make a valid birth date",
                "001052-308T | the first six characters and the century sign do not make a valid birth date",
                "131352-308T | the first six characters and the century sign do not make a valid birth date",
                "010123A0016 | the individual number must be from 002 to 999",
                "010123A000K | the individual number must be from 002 to 999",
                "13105-2308T | the first six characters must be the birth date as digits DDMMYY",
                "131052-3O8T | characters 8–10 must be the individual number as digits",
                "131052-308 | must be 11 characters (DDMMYYCZZZQ), not 10",
                "131052-308TT | must be 11 characters (DDMMYYCZZZQ), not 12"
            })
    void aBrokenRuleIsNamed(String code, String rule) {
        InvalidIdentityCodeException e =
                assertThrows(InvalidIdentityCodeException.class, () -> IdentityCode.parse(code));
        assertEquals(rule, e.getMessage());
    }

    @Test
    void emptyInputIsRefused() {
        assertEquals(
                "must not be empty",
                assertThrows(InvalidIdentityCodeException.class, () -> IdentityCode.parse("  "))
                        .getMessage());
        assertThrows(InvalidIdentityCodeException.class, () -> IdentityCode.parse(null));
    }

    @Test
    void temporaryCodesAreRecognised() {
        assertTrue(IdentityCode.parse("010100Y900F").temporary());
        assertFalse(IdentityCode.parse("131052-308T").temporary());
    }

    @Test
    void ageIsInWholeYears() {
        IdentityCode code = IdentityCode.parse("290224B567T");
        assertEquals(0, code.ageOn(LocalDate.of(2025, 2, 27)));
        assertEquals(1, code.ageOn(LocalDate.of(2025, 3, 1)));
    }

    @Test
    void theCodeNeverAppearsWholeInToString() {
        assertEquals("131052-****", IdentityCode.parse("131052-308T").toString());
        assertFalse(IdentityCode.parse("131052-308T").toString().contains("308T"));
    }
}
