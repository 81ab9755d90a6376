import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A seeded generator of realistic pathway events for the benchmarks: referrals from every source in the proportions
 * the seeds report, across the county's areas, decided, teamed, referred to services, consulted, health-checked and
 * closed with outcomes, each event built on its type's canonical sample so that it is exactly what the contract
 * says. The same seed gives the same events, ids included. Writes them to the real topics, each pathway's in the
 * order they happened, and prints how many it wrote. Run by deploy/local/bench as a single-file program on the
 * broker's classpath:
 * {@code java -cp <broker classpath> PathwayEvents.java <client properties> <samples dir> <events> <seed> <first year>},
 * the client properties the stack's admin principal's (bootstrap servers and credentials).
 */
public class PathwayEvents {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Area(String name, String team, List<String> municipalities) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("Oulun keskusta", "Työkykytiimi Keskusta", List.of("564")),
            new Area("Oulun eteläinen", "Työkykytiimi Kaakkuri", List.of("564", "859")),
            new Area("Oulun pohjoinen", "Työkykytiimi Haukipudas", List.of("564", "139")),
            new Area("Raahe", "Työkykytiimi Raahe", List.of("678", "791")),
            new Area("Oulainen", "Työkykytiimi Oulainen", List.of("563", "072")),
            new Area("Kuusamo", "Työkykytiimi Kuusamo", List.of("305", "832")));
    private static final Map<String, Integer> SOURCES = weights("EMPLOYMENT_SERVICES", 30, "MUNICIPAL_EMPLOYMENT", 15,
            "SOTE_CENTRE", 20, "KELA", 10, "TYP", 10, "OCCUPATIONAL_HEALTH", 5, "SELF", 5, "HEALTH_CHECK", 5);
    private static final Map<String, Integer> SERVICES = weights("SUPPORTED_EMPLOYMENT_IPS", 20,
            "SOCIAL_REHABILITATION", 15, "REHABILITATIVE_WORK_ACTIVITY", 15, "WORK_ABILITY_ASSESSMENT", 15,
            "KELA_VOCATIONAL_REHABILITATION", 10, "MENTAL_HEALTH_SERVICES", 10, "EDUCATION", 10, "OTHER", 5);
    private static final Map<String, Integer> OUTCOMES = weights("EMPLOYED_OPEN_MARKET", 25, "EMPLOYED_SUBSIDISED", 15,
            "EDUCATION", 15, "VOCATIONAL_REHABILITATION", 10, "DISABILITY_PENSION", 10,
            "REHABILITATIVE_WORK_ACTIVITY_CONTINUES", 10, "MOVED_AWAY", 5, "OTHER", 10);
    private static final List<String> AGE_GROUPS = List.of("AGE_15_24", "AGE_25_34", "AGE_35_44", "AGE_45_54",
            "AGE_55_65");

    private final Path samples;
    private final Random random;
    private final int firstYear;
    private final KafkaProducer<String, String> producer;
    private final Map<String, ObjectNode> templates = new LinkedHashMap<>();
    private final List<ProducerRecord<String, String>> pending = new ArrayList<>();
    private long written;

    PathwayEvents(Path samples, long seed, int firstYear, KafkaProducer<String, String> producer) {
        this.samples = samples;
        this.random = new Random(seed);
        this.firstYear = firstYear;
        this.producer = producer;
    }

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
            props.load(in);
        }
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        long events = Long.parseLong(args[2]);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            PathwayEvents generator = new PathwayEvents(Path.of(args[1]), Long.parseLong(args[3]),
                    Integer.parseInt(args[4]), producer);
            while (generator.written < events) {
                generator.pathway();
            }
            producer.flush();
            System.out.println(generator.written);
        }
    }

    /** One client's pathway, from the referral to its outcome, over at most a year and a half. */
    private void pathway() {
        UUID pathway = uuid();
        UUID client = uuid();
        UUID referral = uuid();
        Area area = pick(AREAS);
        String municipality = pick(area.municipalities());
        String age = pick(AGE_GROUPS);
        String source = weighted(SOURCES);
        Instant received = timeIn(firstYear + random.nextInt(2));
        event("referral.received.v1", pathway, received, "referralId", referral, "pathwayId", pathway, "clientId",
                client, "ageGroup", age, "source", source, "municipalityCode", municipality, "requestedArea",
                area.name(), "receivedAt", received);
        Instant decided = received.plus(random.nextInt(21), ChronoUnit.DAYS).plus(random.nextInt(600),
                ChronoUnit.MINUTES);
        if (random.nextInt(100) < 15) {
            event("referral.rejected.v1", pathway, decided, "referralId", referral, "pathwayId", pathway, "clientId",
                    client, "rejectedAt", decided);
            send();
            return;
        }
        event("referral.accepted.v1", pathway, decided, "referralId", referral, "pathwayId", pathway, "clientId",
                client, "area", area.name(), "team", area.team(), "acceptedAt", decided);
        event("pathway.opened.v1", pathway, decided, "pathwayId", pathway, "clientId", client, "ageGroup", age,
                "municipalityCode", municipality, "area", area.name(), "team", area.team(), "openedAt", decided);
        if (random.nextInt(100) < 30) {
            Instant completed = decided.plus(1 + random.nextInt(40), ChronoUnit.DAYS);
            event("health-check.completed.v1", client, completed, "healthCheckId", uuid(), "clientId", client,
                    "pathwayId", pathway, "municipalityCode", municipality, "completedAt", completed);
        }
        if (random.nextInt(100) < 20) {
            send();
            return;
        }
        Instant assembled = decided.plus(1 + random.nextInt(30), ChronoUnit.DAYS);
        event("team.assembled.v1", pathway, assembled, "pathwayId", pathway, "assembledAt", assembled);
        LocalDate teamDay = assembled.atZone(FINLAND).toLocalDate();
        for (int s = random.nextInt(3); s > 0; s--) {
            service(pathway, client, teamDay.plusDays(random.nextInt(60)));
        }
        for (int c = random.nextInt(3); c > 0; c--) {
            Instant asked = assembled.plus(random.nextInt(90), ChronoUnit.DAYS);
            event("team.consultation-requested.v1", pathway, asked, "pathwayId", pathway, "consultationId", uuid(),
                    "consulted", random.nextBoolean() ? "WORK_ABILITY_COORDINATOR" : "COMPETENCE_CENTRE",
                    "requestedAt", asked);
        }
        for (int c = random.nextInt(5); c > 0; c--) {
            LocalDate on = teamDay.plusDays(random.nextInt(120));
            event("team.client-contact-recorded.v1", pathway, startOf(on), "pathwayId", pathway, "contactId", uuid(),
                    "byCoordinator", random.nextInt(100) < 70, "contactOn", on);
        }
        if (random.nextInt(100) < 60) {
            Instant closed = assembled.plus(60 + random.nextInt(240), ChronoUnit.DAYS);
            Integer score = random.nextInt(100) < 70 ? 1 + random.nextInt(5) : null;
            event("pathway.closed.v1", pathway, closed, "pathwayId", pathway, "clientId", client, "outcome",
                    weighted(OUTCOMES), "feedbackScore", score, "closedAt", closed);
        }
        send();
    }

    private void service(UUID pathway, UUID client, LocalDate started) {
        String type = weighted(SERVICES);
        UUID serviceReferral = uuid();
        event("pathway.service-referral.started.v1", pathway, startOf(started), "pathwayId", pathway,
                "serviceReferralId", serviceReferral, "clientId", client, "serviceType", type, "startedOn", started);
        if (random.nextInt(100) < 30) {
            return;
        }
        LocalDate ended = started.plusDays(30 + random.nextInt(120));
        boolean completed = random.nextInt(100) < 80;
        event("pathway.service-referral.ended.v1", pathway, startOf(ended), "pathwayId", pathway,
                "serviceReferralId", serviceReferral, "clientId", client, "serviceType", type, "result",
                completed ? "COMPLETED" : "INTERRUPTED", "reason", completed ? null : "CLIENT_DECLINED", "employed",
                "SUPPORTED_EMPLOYMENT_IPS".equals(type) ? random.nextInt(100) < 40 : null, "startedOn", started,
                "endedOn", ended);
    }

    /** The type's sample with the given fields, as a CloudEvent on its topic keyed by {@code subject}. */
    private void event(String type, UUID subject, Instant time, Object... fields) {
        ObjectNode json = template(type).deepCopy();
        for (int i = 0; i < fields.length; i += 2) {
            String name = (String) fields[i];
            if (!json.has(name)) {
                throw new IllegalArgumentException(type + " has no field " + name);
            }
            Object value = fields[i + 1];
            if (value == null) {
                json.putNull(name);
            } else if (value instanceof Boolean b) {
                json.put(name, b);
            } else if (value instanceof Integer n) {
                json.put(name, n);
            } else {
                json.put(name, value.toString());
            }
        }
        String topic = type.startsWith("team.") ? "pathway.team.v1"
                : type.startsWith("health-check.") ? "pathway.health-check.v1" : "pathway.referral.v1";
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", uuid().toString());
        header(headers, "ce_source", "/polku/bench");
        header(headers, "ce_type", "fi.polku." + type);
        header(headers, "ce_subject", subject.toString());
        header(headers, "ce_time", time.toString());
        header(headers, "content-type", "application/json");
        pending.add(new ProducerRecord<>(topic, null, subject.toString(), json.toString(), headers));
    }

    /** Sends the pathway's events in the order they happened, as the services' outboxes would have. */
    private void send() {
        pending.sort(Comparator.comparing(PathwayEvents::time));
        pending.forEach(producer::send);
        written += pending.size();
        pending.clear();
    }

    private static Instant time(ProducerRecord<String, String> record) {
        return Instant.parse(new String(record.headers().lastHeader("ce_time").value(), StandardCharsets.UTF_8));
    }

    private ObjectNode template(String type) {
        return templates.computeIfAbsent(type, t -> {
            try {
                return (ObjectNode) JSON.readTree(Files.readString(samples.resolve(t + ".json")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A version-4 UUID from the seeded stream, so that the same seed gives the same ids. */
    private UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private Instant timeIn(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(FINLAND).toInstant()
                .plus(random.nextInt(365), ChronoUnit.DAYS).plus(random.nextInt(1440), ChronoUnit.MINUTES);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(FINLAND).toInstant();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String weighted(Map<String, Integer> weights) {
        int draw = random.nextInt(weights.values().stream().mapToInt(Integer::intValue).sum());
        for (Map.Entry<String, Integer> entry : weights.entrySet()) {
            draw -= entry.getValue();
            if (draw < 0) {
                return entry.getKey();
            }
        }
        throw new AssertionError("the weights cover the draw");
    }

    private static Map<String, Integer> weights(Object... pairs) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            weights.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return weights;
    }
}
