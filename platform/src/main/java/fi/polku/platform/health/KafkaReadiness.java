package fi.polku.platform.health;

import fi.polku.platform.PlatformConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the Kafka connection, answered within a bounded time. (Quarkus' own Kafka check waits
 * for the admin client's default API timeout, a minute, when the broker is gone: too slow for a probe.)
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    static final String NAME = "Kafka broker";

    private final Map<String, Object> kafkaConfig;
    private final int timeoutMs;
    private volatile Admin admin;

    KafkaReadiness(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, PlatformConfig config) {
        this.kafkaConfig = kafkaConfig;
        this.timeoutMs = (int) config.health().kafkaTimeout().toMillis();
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Collection<Node> nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                    .nodes()
                    .get(timeoutMs + 500L, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named(NAME)
                    .up()
                    .withData("nodes", nodes.size())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", "interrupted")
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> props = new HashMap<>(kafkaConfig);
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
                    props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "readiness");
                    admin = Admin.create(props);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
