package fi.polku.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.Topics;
import fi.polku.platform.testing.KafkaBroker;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The test broker enforces what the topology grants, as production's KafkaUsers do: the service's own Kafka settings
 * (the relay's, the consumers', readiness') sign in as its principal, which may write its own topic and no other, and a
 * client without credentials gets nothing.
 */
@QuarkusTest
@PolkuTest
class BrokerAccessTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> serviceConfig;

    @Test
    void theServiceSignsInAsItsOwnPrincipal() {
        assertEquals("SCRAM-SHA-512", serviceConfig.get("sasl.mechanism"));
        assertTrue(serviceConfig.get("sasl.jaas.config").toString().contains("username=\"platform-test\""));
    }

    @Test
    void theServiceMayWriteItsOwnTopic() throws Exception {
        String key = UUID.randomUUID().toString();
        send(serviceConfig, Topics.REFERRAL, key);
        assertTrue(KafkaTestClient.readAll(Topics.REFERRAL).stream().anyMatch(r -> key.equals(r.key())));
    }

    @Test
    void theServiceMayNotWriteAnotherServicesTopic() {
        String key = UUID.randomUUID().toString();
        assertInstanceOf(TopicAuthorizationException.class, refusal(serviceConfig, Topics.TEAM, key));
        assertTrue(KafkaTestClient.readAll(Topics.TEAM).stream().noneMatch(r -> key.equals(r.key())));
    }

    @Test
    void aProducerWithoutCredentialsGetsNothingThrough() {
        String key = UUID.randomUUID().toString();
        // The listener speaks only SASL: the client never gets as far as the topic's metadata.
        Throwable refused = refusal(KafkaBroker.unauthenticatedConfig(), Topics.REFERRAL, key);
        assertInstanceOf(TimeoutException.class, refused);
        assertTrue(refused.getMessage().contains("not present in metadata"), refused::getMessage);
        assertTrue(KafkaTestClient.readAll(Topics.REFERRAL).stream().noneMatch(r -> key.equals(r.key())));
    }

    @Test
    void aProducerWithAWrongPasswordIsRefused() {
        Map<String, Object> forged = new HashMap<>(serviceConfig);
        forged.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"platform-test\" "
                        + "password=\"guessed\";");
        assertInstanceOf(
                SaslAuthenticationException.class,
                refusal(forged, Topics.REFERRAL, UUID.randomUUID().toString()));
    }

    /** Why sending one record failed, as the producer reports it (its future's cause). */
    private static Throwable refusal(Map<String, Object> config, String topic, String key) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> send(config, topic, key));
        return failed.getCause();
    }

    /** Sends one record and waits for the broker's answer. */
    private static void send(Map<String, Object> config, String topic, String key) throws Exception {
        Map<String, Object> props = new HashMap<>(config);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, "{}")).get();
        }
    }
}
