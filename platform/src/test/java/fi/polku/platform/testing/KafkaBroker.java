package fi.polku.platform.testing;

import fi.polku.topology.EnsureAccess;
import fi.polku.topology.EnsureTopics;
import fi.polku.topology.Grants;
import fi.polku.topology.Topology;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.security.Provider;
import java.security.Security;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.security.plain.internals.PlainSaslServerProvider;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.authorizer.StandardAuthorizer;
import org.apache.kafka.server.common.MetadataVersion;
import org.awaitility.Awaitility;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) inside the test JVM, secured as the local
 * stack's is: SASL on every listener, {@link StandardAuthorizer}, nobody allowed what no ACL grants. Its topics and
 * its principals' SCRAM-SHA-512 credentials and ACLs come from the messaging topology ({@code polku-test.topology},
 * deploy/messaging/topology.yaml for a service) through the same code the local stack runs ({@link EnsureTopics},
 * {@link EnsureAccess}, {@link Grants}); the service under test ({@code polku-test.kafka-user}, its KafkaUser's name)
 * gets its own credentials, so its tests run with exactly the ACLs it ships. The tests' own clients sign in as the
 * admin principal ({@link #adminConfig}), or as another principal of the topology ({@link #clientConfig}).
 */
public class KafkaBroker implements QuarkusTestResourceLifecycleManager {

    private static final String ADMIN = "admin";
    /** The node's own principal on the controller listener. */
    private static final String NODE = "broker";

    private static final ListenerName CLIENTS = new ListenerName("CLIENTS");
    private static final ListenerName CONTROLLER = new ListenerName("CONTROLLER");

    private static volatile String bootstrapServers;
    private static volatile Map<String, String> passwords = Map.of();
    private static volatile String adminPassword;

    private KafkaClusterTestKit cluster;

    /** The running broker's bootstrap address. */
    public static String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("The Kafka test broker is not running");
        }
        return bootstrapServers;
    }

    /** Client settings of the admin principal, a super user: what an operator's tools or another system would hold. */
    public static Map<String, Object> adminConfig() {
        return settings("PLAIN", plainJaas(ADMIN, adminPassword));
    }

    /** Client settings of a principal of the topology (a service's KafkaUser name): exactly its ACLs. */
    public static Map<String, Object> clientConfig(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException(user + " is no principal of the test broker's topology");
        }
        return settings(EnsureAccess.MECHANISM.mechanismName(), scramJaas(user, password));
    }

    /** Client settings that name no principal at all: a client the broker must refuse. */
    public static Map<String, Object> unauthenticatedConfig() {
        return Map.of("bootstrap.servers", bootstrapServers());
    }

    @Override
    public Map<String, String> start() {
        String user = System.getProperty("polku-test.kafka-user");
        String file = System.getProperty("polku-test.topology");
        if (user == null || file == null) {
            throw new IllegalStateException("polku-test.kafka-user and polku-test.topology are not set (the parent pom "
                    + "sets them for every module's tests)");
        }
        Topology topology;
        try {
            topology = Topology.read(Path.of(file));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the messaging topology " + file, e);
        }
        if (!topology.services().containsKey(user)) {
            throw new IllegalStateException(user + " is not a service of " + file);
        }
        dropSaslProvidersOfAnEarlierLoading();
        adminPassword = EnsureAccess.randomPassword();
        String nodePassword = EnsureAccess.randomPassword();
        Map<String, Set<AclBinding>> grants = Grants.of(topology);
        Map<String, String> credentials = new TreeMap<>();
        grants.keySet().forEach(u -> credentials.put(u, EnsureAccess.randomPassword()));
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                            .setBrokerListenerName(CLIENTS)
                            .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                            .setControllerListenerName(CONTROLLER)
                            .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                            .build())
                    // As the local stack's broker (deploy/local/stack, start_kafka): SCRAM for the topology's
                    // principals, PLAIN for the admin alone, who must sign in before any SCRAM credential exists; on
                    // the controller listener only the node itself.
                    .setConfigProp("sasl.enabled.mechanisms", EnsureAccess.MECHANISM.mechanismName())
                    .setConfigProp("listener.name.clients.sasl.enabled.mechanisms", "SCRAM-SHA-512,PLAIN")
                    .setConfigProp(
                            "listener.name.clients.scram-sha-512.sasl.jaas.config",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                    .setConfigProp(
                            "listener.name.clients.plain.sasl.jaas.config", plainServerJaas(ADMIN, adminPassword))
                    .setConfigProp("sasl.mechanism.inter.broker.protocol", "PLAIN")
                    .setConfigProp("listener.name.controller.sasl.enabled.mechanisms", "PLAIN")
                    .setConfigProp(
                            "listener.name.controller.plain.sasl.jaas.config", plainServerJaas(NODE, nodePassword))
                    .setConfigProp("sasl.mechanism.controller.protocol", "PLAIN")
                    .setConfigProp("authorizer.class.name", StandardAuthorizer.class.getName())
                    .setConfigProp(StandardAuthorizer.ALLOW_EVERYONE_IF_NO_ACL_IS_FOUND_CONFIG, "false")
                    .setConfigProp(StandardAuthorizer.SUPER_USERS_CONFIG, "User:" + ADMIN + ";User:" + NODE)
                    .setConfigProp("auto.create.topics.enable", "false")
                    // A single broker cannot satisfy the default replication of 3 for internal topics.
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            bootstrapServers = cluster.bootstrapServers();
            try (Admin admin = Admin.create(adminConfig())) {
                EnsureTopics.apply(admin, topology, (short) 1);
                EnsureAccess.apply(admin, grants, credentials);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Kafka test broker did not start", e);
        }
        passwords = Map.copyOf(credentials);
        awaitSignIn(user);
        Map<String, String> config = new HashMap<>();
        clientConfig(user).forEach((k, v) -> config.put("kafka." + k, v.toString()));
        return config;
    }

    /**
     * Kafka registers its SASL mechanisms with the JVM once ({@link Security}), from the classes that first load them. A
     * Quarkus restart (another {@code @TestProfile}) loads Kafka's classes again; the first loading's PLAIN and SCRAM
     * servers would stay registered and hand the new broker's callback handlers callbacks they cannot take, refusing
     * every login. Dropped, the new classes register their own.
     */
    private static void dropSaslProvidersOfAnEarlierLoading() {
        ClassLoader kafka = PlainSaslServerProvider.class.getClassLoader();
        for (Provider provider : Security.getProviders()) {
            if (provider.getClass().getName().startsWith("org.apache.kafka.")
                    && provider.getClass().getClassLoader() != kafka) {
                Security.removeProvider(provider.getName());
            }
        }
    }

    /** A credential is the controller's once created; the broker knows it a moment later. */
    private static void awaitSignIn(String user) {
        Awaitility.await("the broker knows " + user + "'s credentials")
                .atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> {
                    try (Admin admin = Admin.create(clientConfig(user))) {
                        admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
                        return true;
                    }
                });
    }

    private static Map<String, Object> settings(String mechanism, String jaas) {
        return Map.of(
                "bootstrap.servers",
                bootstrapServers(),
                "security.protocol",
                SecurityProtocol.SASL_PLAINTEXT.name,
                "sasl.mechanism",
                mechanism,
                "sasl.jaas.config",
                jaas);
    }

    private static String plainJaas(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    private static String plainServerJaas(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user + "\" password=\""
                + password + "\" user_" + user + "=\"" + password + "\";";
    }

    private static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    @Override
    public void stop() {
        bootstrapServers = null;
        passwords = Map.of();
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException("Kafka test broker did not stop", e);
            }
        }
    }
}
