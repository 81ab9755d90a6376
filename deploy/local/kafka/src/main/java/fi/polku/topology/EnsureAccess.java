package fi.polku.topology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.admin.UserScramCredentialsDescription;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;

/**
 * Makes a broker's principals and ACLs what the topology grants ({@link Grants}): every user gets its SCRAM-SHA-512
 * credential with the password it is given, exactly its bindings are created, and every other ACL and SCRAM credential
 * is removed, so a grant taken out of the topology is gone from the broker too. Run as a super user through Kafka's
 * Admin API, by deploy/local/stack ({@link #main}) and by the test broker in the services' tests.
 */
public final class EnsureAccess {

    /** The mechanism every principal of the topology authenticates with, as production's KafkaUsers do. */
    public static final ScramMechanism MECHANISM = ScramMechanism.SCRAM_SHA_512;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ITERATIONS = 4096;
    private static final int TIMEOUT_SECONDS = 60;

    private EnsureAccess() {}

    /**
     * Applies {@code grants} and {@code passwords} (both by user name; the same users) and returns what changed, a line
     * each.
     */
    public static List<String> apply(Admin admin, Map<String, Set<AclBinding>> grants, Map<String, String> passwords)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (!grants.keySet().equals(passwords.keySet())) {
            throw new IllegalArgumentException(
                    "grants for " + grants.keySet() + " but passwords for " + passwords.keySet());
        }
        List<String> changes = new ArrayList<>();
        List<UserScramCredentialAlteration> credentials = new ArrayList<>();
        passwords.forEach((user, password) -> credentials.add(
                new UserScramCredentialUpsertion(user, new ScramCredentialInfo(MECHANISM, ITERATIONS), password)));
        for (UserScramCredentialsDescription existing : admin.describeUserScramCredentials()
                .all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .values()) {
            if (!passwords.containsKey(existing.name())) {
                existing.credentialInfos()
                        .forEach(info ->
                                credentials.add(new UserScramCredentialDeletion(existing.name(), info.mechanism())));
                changes.add("removing the credentials of " + existing.name() + ", which the topology does not know");
            }
        }
        admin.alterUserScramCredentials(credentials).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        Set<AclBinding> wanted = new HashSet<>();
        grants.values().forEach(wanted::addAll);
        Collection<AclBinding> existing =
                admin.describeAcls(AclBindingFilter.ANY).values().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<AclBindingFilter> stale = existing.stream()
                .filter(b -> !wanted.contains(b))
                .map(AclBinding::toFilter)
                .toList();
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            changes.add("removing " + stale.size() + " ACLs the topology does not grant");
        }
        List<AclBinding> missing =
                wanted.stream().filter(b -> !existing.contains(b)).toList();
        if (!missing.isEmpty()) {
            admin.createAcls(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            changes.add("granting " + missing.size() + " ACLs to "
                    + missing.stream()
                            .map(b -> b.entry().principal())
                            .distinct()
                            .sorted()
                            .toList());
        }
        return changes;
    }

    /**
     * The password of each user, from {@code <dir>/<user>.password} (one line); a user without one gets a random one,
     * in a file only its owner may read.
     */
    public static Map<String, String> passwords(Path dir, Collection<String> users) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> passwords = new TreeMap<>();
        for (String user : users) {
            Path file = dir.resolve(user + ".password");
            if (!Files.exists(file)) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, randomPassword() + "\n", StandardCharsets.UTF_8);
            }
            passwords.put(user, Files.readString(file, StandardCharsets.UTF_8).strip());
        }
        return passwords;
    }

    /** 24 random bytes in hex, as {@code openssl rand -hex 24} makes the admin's: nothing to quote in a JAAS line. */
    public static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * {@code EnsureAccess <admin client properties> <topology.yaml> <credentials dir>}: every principal of the topology
     * with the password in its file in the directory, and exactly its ACLs; prints what changed.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EnsureAccess <admin client properties> <topology.yaml> <credentials dir>");
            System.exit(2);
        }
        Map<String, Set<AclBinding>> grants = Grants.of(Topology.read(Path.of(args[1])));
        Map<String, String> passwords = passwords(Path.of(args[2]), grants.keySet());
        try (Admin admin = Admin.create(load(Path.of(args[0])))) {
            apply(admin, grants, passwords).forEach(System.out::println);
        }
    }

    /** A Kafka client properties file. */
    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
