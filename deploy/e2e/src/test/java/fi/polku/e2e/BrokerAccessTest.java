package fi.polku.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local stack's broker, as {@code deploy/local/stack} configures it, admits only the principals it knows, each to
 * what its KafkaUser grants: a client without credentials can neither produce to nor consume from any topic, a service
 * cannot write another's topic (a consent forged by team-service never reaches {@code client.consent.v1}), and the
 * controller's listener takes no client at all. The broker alone, on ports of its own.
 */
class BrokerAccessTest {

    private static final LocalStack STACK = new LocalStack("broker-access", 18280, 19292, "polku_broker_access", 15444);
    private static final Duration REFUSAL = Duration.ofMillis(1500);

    private static Set<String> topics;

    @BeforeAll
    static void startTheBroker() throws Exception {
        STACK.upBroker();
        try (Admin admin = Admin.create(STACK.kafkaAdminConfig())) {
            topics = new TreeSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
        }
        assertTrue(topics.contains("client.consent.v1"), topics::toString);
    }

    @AfterAll
    static void stopTheBroker() {
        STACK.stopKafka();
    }

    @Test
    void aClientWithoutCredentialsCanNeitherProduceToNorConsumeFromAnyTopic() {
        Map<String, Object> anonymous = Map.of("bootstrap.servers", STACK.kafkaBootstrap());
        try (KafkaProducer<String, String> producer = producer(anonymous);
                KafkaConsumer<String, String> consumer = consumer(anonymous)) {
            for (String topic : topics) {
                // The listener speaks only SASL: the client never learns where the topic lives.
                Throwable refused = refusal(producer, topic);
                assertInstanceOf(TimeoutException.class, refused, topic);
                assertTrue(refused.getMessage().contains("not present in metadata"), refused::getMessage);
                assertThrows(TimeoutException.class, () -> consumer.partitionsFor(topic, REFUSAL), topic);
            }
        }
    }

    @Test
    void aClientWithAWrongPasswordOrAnUnknownNameIsRefused() {
        for (String user : List.of("team-service", "nobody")) {
            Map<String, Object> forged = new HashMap<>(STACK.kafkaClientConfig("team-service"));
            forged.put(
                    "sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                            + "\" password=\"guessed\";");
            try (KafkaProducer<String, String> producer = producer(forged)) {
                assertInstanceOf(SaslAuthenticationException.class, refusal(producer, "client.consent.v1"), user);
            }
        }
    }

    @Test
    void aServiceMayWriteItsOwnTopicAndNotAnothers() throws Exception {
        try (KafkaProducer<String, String> referral = producer(STACK.kafkaClientConfig("referral-service"));
                KafkaProducer<String, String> team = producer(STACK.kafkaClientConfig("team-service"))) {
            referral.send(new ProducerRecord<>(
                            "client.consent.v1", UUID.randomUUID().toString(), "{}"))
                    .get(30, TimeUnit.SECONDS);
            assertInstanceOf(TopicAuthorizationException.class, refusal(team, "client.consent.v1"));
            assertInstanceOf(TopicAuthorizationException.class, refusal(referral, "pathway.team.v1"));
        }
    }

    @Test
    void onlyTheConsumersOfTheEmploymentRequestsMayReadTheirIdentityCodes() {
        String topic = "employment.referral-requests.v1";
        Map<String, Object> team = new HashMap<>(STACK.kafkaClientConfig("team-service"));
        team.put(ConsumerConfig.GROUP_ID_CONFIG, "team-service-curious");
        try (KafkaConsumer<String, String> consumer = consumer(team)) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
            TopicAuthorizationException refused =
                    assertThrows(TopicAuthorizationException.class, () -> consumer.poll(Duration.ofSeconds(10)));
            assertEquals(Set.of(topic), refused.unauthorizedTopics());
        }
    }

    @Test
    void theControllersListenerTakesNoClientNotEvenTheAdmin() {
        String controller =
                "127.0.0.1:" + (Integer.parseInt(STACK.kafkaBootstrap().split(":")[1]) + 1);
        Map<String, Object> admin = new HashMap<>(STACK.kafkaAdminConfig());
        admin.remove(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        admin.put(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, controller);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (Admin client = Admin.create(admin)) {
            ExecutionException refused = assertThrows(
                    ExecutionException.class,
                    () -> client.describeCluster().clusterId().get(10, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        }
    }

    /** Why sending one record to {@code topic} failed, as the producer reports it. */
    private static Throwable refusal(KafkaProducer<String, String> producer, String topic) {
        ExecutionException failed = assertThrows(
                ExecutionException.class,
                () -> producer.send(
                                new ProducerRecord<>(topic, UUID.randomUUID().toString(), "{}"))
                        .get(30, TimeUnit.SECONDS),
                topic);
        return failed.getCause();
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> config) {
        Map<String, Object> props = new HashMap<>(config);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) REFUSAL.toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> config) {
        Map<String, Object> props = new HashMap<>(config);
        props.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, "broker-access-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
