package fi.polku.platform.inbox;

import fi.polku.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lists a consumer group's dead letters, or sends them back to the group after a fix. An operator's command,
 * run beside a service (its classpath has everything: {@code java -cp 'quarkus-app/lib/main/*'
 * fi.polku.platform.inbox.DeadLetterReplay ...}); {@code deploy/dead-letters} wraps it for the local stack.
 *
 * <p>A replayed record goes back to its original topic, with its original key (so its original partition), value
 * and headers, and a {@value DeadLetterHeaders#REPLAY_FOR} header naming the group: every other group skips it,
 * having processed the original. It lands after the events that followed it, so the fixed handler must accept
 * it late. The command reads the dead-letter topic as consumer group {@code <group>.replay} and commits after
 * each record it has sent back, so running it again sends only dead letters that arrived since.
 */
public final class DeadLetterReplay {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> kafka;
    private final String group;
    private final String topic;
    private final PrintStream out;

    DeadLetterReplay(Map<String, Object> kafka, String group, String topic, PrintStream out) {
        this.kafka = kafka;
        this.group = group;
        this.topic = topic;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() != 3 || !List.of("list", "replay").contains(positional.get(0))) {
            System.err.println("""
                    usage: DeadLetterReplay list|replay <consumer group> <original topic>
                                            [--bootstrap-servers host:port] [--config client.properties]
                      list     print the group's dead letters not replayed yet: partition, offset, time, reason
                      replay   send them back to <original topic> for <consumer group> alone
                    Kafka settings: any client properties (TLS, SASL) from --config; the brokers from
                    --bootstrap-servers, else KAFKA_BOOTSTRAP_SERVERS, else the file's bootstrap.servers, else
                    127.0.0.1:9092.""");
            System.exit(2);
        }
        Map<String, Object> kafka = new HashMap<>();
        if (options.containsKey("config")) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(options.get("config")))) {
                properties.load(in);
            }
            properties.forEach((k, v) -> kafka.put((String) k, v));
        }
        String env = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (options.containsKey("bootstrap-servers") || env != null || !kafka.containsKey("bootstrap.servers")) {
            kafka.put(
                    "bootstrap.servers",
                    options.getOrDefault("bootstrap-servers", env != null ? env : "127.0.0.1:9092"));
        }
        DeadLetterReplay command = new DeadLetterReplay(kafka, positional.get(1), positional.get(2), System.out);
        int count = positional.get(0).equals("replay") ? command.replay() : command.list();
        System.out.println(count + (positional.get(0).equals("replay") ? " replayed" : " dead letters"));
    }

    /** Prints the dead letters that have not been replayed; returns how many. */
    int list() {
        return walk(false);
    }

    /** Sends the dead letters that have not been replayed back to the group; returns how many. */
    int replay() {
        return walk(true);
    }

    private int walk(boolean replay) {
        String deadLetterTopic = Topics.deadLetter(topic, group);
        try (KafkaConsumer<String, String> consumer = consumer();
                KafkaProducer<String, String> producer = replay ? producer() : null) {
            List<PartitionInfo> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(30));
            if (partitions == null || partitions.isEmpty()) {
                out.println("no topic " + deadLetterTopic);
                return 0;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(deadLetterTopic, p.partition()))
                    .toList();
            consumer.assign(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(assigned));
            for (TopicPartition partition : assigned) {
                OffsetAndMetadata from = committed.get(partition);
                if (from == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, from.offset());
                }
            }
            int count = 0;
            while (assigned.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> dead : consumer.poll(POLL)) {
                    if (dead.offset() >= end.get(new TopicPartition(dead.topic(), dead.partition()))) {
                        continue;
                    }
                    out.printf(
                            "%s-%d@%s  dead-lettered %s from %s-%s@%s: %s%n",
                            dead.topic(),
                            dead.partition(),
                            dead.offset(),
                            header(dead, DeadLetterHeaders.TIME),
                            header(dead, DeadLetterHeaders.TOPIC),
                            header(dead, DeadLetterHeaders.PARTITION),
                            header(dead, DeadLetterHeaders.OFFSET),
                            header(dead, DeadLetterHeaders.REASON));
                    if (replay) {
                        send(producer, dead);
                        consumer.commitSync(Map.of(
                                new TopicPartition(dead.topic(), dead.partition()),
                                new OffsetAndMetadata(dead.offset() + 1)));
                    }
                    count++;
                }
            }
            return count;
        }
    }

    private void send(KafkaProducer<String, String> producer, ConsumerRecord<String, String> dead) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : dead.headers()) {
            if (!header.key().startsWith("polku-dlq-") && !header.key().equals(DeadLetterHeaders.REPLAY_FOR)) {
                headers.add(header);
            }
        }
        headers.add(DeadLetterHeaders.REPLAY_FOR, group.getBytes(StandardCharsets.UTF_8));
        Future<RecordMetadata> sent =
                producer.send(new ProducerRecord<>(topic, null, dead.key(), dead.value(), headers));
        try {
            sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Replaying " + dead.topic() + "-" + dead.partition() + "@" + dead.offset()
                            + " failed; nothing after it was replayed: " + e.getCause(),
                    e.getCause());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group + ".replay");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-replay");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-replay");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
