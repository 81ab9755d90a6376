package fi.polku.referral.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

    @Test
    void theOfficialClassificationHasTheCurrentMunicipalitiesOnly() {
        assertEquals(309, Municipalities.all().size());
        assertEquals(Optional.of("Oulu"), Municipalities.name("564"));
        assertEquals(Optional.of("Maarianhamina"), Municipalities.name("478"));
        assertTrue(Municipalities.exists("005"));
        assertFalse(Municipalities.exists("099"), "Honkajoki joined Kankaanpää in 2021");
        assertFalse(Municipalities.exists("911"), "Valtimo joined Nurmes in 2020");
        assertFalse(Municipalities.exists("199"), "'unknown' is a statistical code, not a municipality");
        assertFalse(Municipalities.exists("56"));
        assertTrue(Municipalities.all().keySet().stream().allMatch(code -> code.matches("\\d{3}")));
    }
}
