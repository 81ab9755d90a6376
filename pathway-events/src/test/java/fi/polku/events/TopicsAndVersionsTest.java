package fi.polku.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopicsAndVersionsTest {

    @Test
    void deadLettersArePerConsumerGroupUnderTheOriginalTopicsName() {
        assertEquals("pathway.referral.v1.dlq.indicator-service", Topics.deadLetter(Topics.REFERRAL, "indicator-service"));
        assertTrue(Topics.deadLetter(Topics.EMPLOYMENT_REFERRAL_REQUESTS, "referral-service")
                .startsWith(Topics.EMPLOYMENT_REFERRAL_REQUESTS + "."));
    }

    @Test
    void anotherVersionOfAKnownTypeIsRecognisedAsSuch() {
        assertTrue(EventType.isVersionOfKnownType("fi.polku.referral.received.v9"));
        assertTrue(EventType.isVersionOfKnownType("fi.polku.referral.received.v1"));
        assertFalse(EventType.isVersionOfKnownType("fi.polku.someone-else.happened.v1"));
        assertFalse(EventType.isVersionOfKnownType("fi.polku.referral.received"));
        assertFalse(EventType.isVersionOfKnownType("fi.polku.referral.received.vx"));
        assertFalse(EventType.isVersionOfKnownType(null));
    }
}
