package fi.polku.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopicsAndVersionsTest {

    @Test
    void deadLettersArePerConsumerGroupUnderTheOriginalTopicsName() {
        assertEquals(
                "pathway.referral.v1.dlq.indicator-service", Topics.deadLetter(Topics.REFERRAL, "indicator-service"));
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

    @Test
    void everyEventTypesTopicHasOneProducingService() {
        for (EventType<?> type : EventType.ALL) {
            String source = Topics.source(type.topic()).orElseThrow(() -> new AssertionError(type.topic()));
            assertTrue(source.startsWith("/polku/") && source.endsWith("-service"), source);
        }
        assertEquals("/polku/referral-service", Topics.source(Topics.CONSENT).orElseThrow());
        assertEquals("/polku/team-service", Topics.source(Topics.TEAM_REGISTRY).orElseThrow());
        assertEquals(
                "/polku/health-check-service",
                Topics.source(Topics.HEALTH_CHECK).orElseThrow());
        assertTrue(Topics.source(Topics.EMPLOYMENT_REFERRAL_REQUESTS).isEmpty(), "not a Polku event topic");
    }
}
