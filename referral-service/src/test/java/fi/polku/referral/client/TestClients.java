package fi.polku.referral.client;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Registered clients for tests, with valid identity codes no other test uses. */
public final class TestClients {

    private static final String CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private TestClients() {}

    /** A valid code of someone born in 1960–1999 with a random individual number. */
    public static String freshCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String date =
                String.format("%02d%02d%02d", random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(60, 100));
        String individual = String.format("%03d", random.nextInt(2, 900));
        char sign = "-YXWVU".charAt(random.nextInt(6));
        return date + sign + individual + CHECKS.charAt(Integer.parseInt(date + individual) % 31);
    }

    /** Registers a client living in {@code municipalityCode}, with or without a security ban. */
    public static Client register(ClientService clients, String code, String municipalityCode, boolean securityBan) {
        return clients.register(
                IdentityCode.parse(code),
                new ClientDetails(
                        "Maija", "Esimerkki", municipalityCode, Language.fi, null, null, null, null, null, securityBan),
                "p-test");
    }

    public static UUID registered(ClientService clients) {
        return register(clients, freshCode(), "564", false).id;
    }

    /** The client a request from outside (an employment system's, over the bus) registers with {@code code}, once it has. */
    public static Client awaitRegistered(ClientService clients, String code) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> clients.lookupByIdentityCode(IdentityCode.parse(code))
                                .isPresent()));
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        clients.lookupByIdentityCode(IdentityCode.parse(code)).orElseThrow());
    }
}
