package fi.polku.team.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.events.Profession;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.security.Organisation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfessionalTest {

    private static Professional.Details details(String fte) {
        return new Professional.Details(
                " Aino Esimerkki ",
                Profession.KELA_WORK_ABILITY_ADVISOR,
                Organisation.parse("KELA").orElseThrow(),
                " ",
                false,
                new BigDecimal(fte),
                Set.of(),
                true);
    }

    @Test
    void anFteIsAShareFromZeroToOneWithTwoDecimals() {
        assertEquals(
                new BigDecimal("0.40"),
                Professional.create(details("0.4"), Instant.now()).details().fte());
        assertEquals(
                new BigDecimal("1.00"),
                Professional.create(details("1.000"), Instant.now()).details().fte());
        assertEquals(
                new BigDecimal("0.00"),
                Professional.create(details("0"), Instant.now()).details().fte());
        for (String wrong : new String[] {"-0.01", "1.01", "0.333"}) {
            InvalidField refused =
                    assertThrows(InvalidField.class, () -> Professional.create(details(wrong), Instant.now()), wrong);
            assertEquals(InvalidField.class, refused.getClass(), wrong);
        }
    }

    @Test
    void namesAreTrimmedAndABlankOrganisationNameIsNone() {
        Professional.Details stored =
                Professional.create(details("0.5"), Instant.now()).details();
        assertEquals("Aino Esimerkki", stored.name());
        assertEquals(null, stored.organisationName());
        assertEquals("KELA", stored.organisation().code());
    }
}
