package fi.polku.e2e.faults;

import fi.polku.e2e.LocalStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each service's database holds at one moment: the outboxes, the consumers' claims and every read
 * model. Read straight from the tables (see each service's db/migration), because the point is to compare
 * them row by row, which no API offers.
 */
record Ledger(
        Map<String, List<OutboxRow>> outbox,
        Map<String, Map<String, List<String>>> claims,
        List<ReferralRow> referrals,
        Map<String, String> consentClients,
        List<String> employmentReferences,
        List<String> intake,
        Map<String, Long> knownPathways,
        Map<String, Long> indicatorCounts,
        List<String> timeline) {

    /** An outbox row; {@code subjectId} is the referral or consent decision its payload names, if any. */
    record OutboxRow(String id, String topic, String type, boolean published, boolean parked, String subjectId) {}

    /** A referral; {@code month} is its Finnish month of receipt, {@code municipality} '' when withheld. */
    record ReferralRow(String id, String pathwayId, String tag, String source, String month, String municipality) {}

    static Ledger read(int pgPort) throws SQLException {
        Map<String, List<OutboxRow>> outbox = new TreeMap<>();
        Map<String, Map<String, List<String>>> claims = new TreeMap<>();
        for (String service : LocalStack.SERVICES) {
            try (Connection db = connect(pgPort, service)) {
                // parked_at comes with the backbone's relay; before it, nothing is ever parked.
                String parked = hasColumn(db, "outbox_event", "parked_at") ? "parked_at is not null" : "false";
                outbox.put(
                        service,
                        rows(
                                db,
                                """
                        select cast(id as text), topic, type, published_at is not null, %s,
                               coalesce(payload->>'referralId', payload->>'consentId')
                        from outbox_event order by seq""".formatted(parked),
                                r -> new OutboxRow(
                                        r.getString(1),
                                        r.getString(2),
                                        r.getString(3),
                                        r.getBoolean(4),
                                        r.getBoolean(5),
                                        r.getString(6))));
                Map<String, List<String>> byConsumer = new TreeMap<>();
                for (String[] claim : rows(db, "select consumer, cast(event_id as text) from processed_event", r ->
                        new String[] {r.getString(1), r.getString(2)})) {
                    byConsumer.computeIfAbsent(claim[0], c -> new ArrayList<>()).add(claim[1]);
                }
                claims.put(service, byConsumer);
            }
        }
        try (Connection referral = connect(pgPort, "referral");
                Connection team = connect(pgPort, "team");
                Connection healthCheck = connect(pgPort, "health-check");
                Connection indicator = connect(pgPort, "indicator")) {
            return new Ledger(
                    outbox,
                    claims,
                    rows(
                            referral,
                            """
                            select cast(id as text), cast(pathway_id as text), coalesce(referring_person, ''), source,
                                   to_char(received_at at time zone 'Europe/Helsinki', 'YYYY-MM'), coalesce(municipality_code, '')
                            from referral""",
                            r -> new ReferralRow(
                                    r.getString(1),
                                    r.getString(2),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getString(5),
                                    r.getString(6))),
                    map(referral, "select cast(id as text), cast(client_id as text) from consent_decision"),
                    rows(referral, "select external_reference from employment_referral", r -> r.getString(1)),
                    rows(team, "select cast(referral_id as text) from intake_referral", r -> r.getString(1)),
                    counts(healthCheck, "select cast(pathway_id as text), referrals from known_pathway"),
                    counts(indicator, """
                            select to_char(occurred_at at time zone 'Europe/Helsinki', 'YYYY-MM') || ' ' || source
                                   || ' ' || coalesce(municipality_code, ''), count(*)
                            from indicator_fact where indicator = 'REFERRALS_BY_SOURCE' group by 1"""),
                    rows(referral, "select cast(event_id as text) from timeline_entry", r -> r.getString(1)));
        }
    }

    /** Referrals per Finnish month, source and municipality, as referral-service's own table says. */
    Map<String, Long> referralCounts() {
        Map<String, Long> counts = new TreeMap<>();
        referrals.forEach(r -> counts.merge(r.month() + " " + r.source() + " " + r.municipality(), 1L, Long::sum));
        return counts;
    }

    /** Referrals per pathway, as referral-service's own table says. */
    Map<String, Long> referralsPerPathway() {
        Map<String, Long> counts = new HashMap<>();
        referrals.forEach(r -> counts.merge(r.pathwayId(), 1L, Long::sum));
        return counts;
    }

    static String database(String service) {
        return FaultStack.STACK.dbPrefix() + "_" + service.replace('-', '_');
    }

    private static Connection connect(int pgPort, String service) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database(service), "postgres", "");
    }

    private static boolean hasColumn(Connection db, String table, String column) throws SQLException {
        return !rows(
                        db,
                        "select 1 from information_schema.columns where table_name = '" + table
                                + "' and column_name = '" + column + "'",
                        r -> 1)
                .isEmpty();
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> rows(Connection db, String sql, Row<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(reader.read(result));
            }
        }
        return rows;
    }

    private static Map<String, String> map(Connection db, String sql) throws SQLException {
        Map<String, String> map = new HashMap<>();
        for (String[] row : rows(db, sql, r -> new String[] {r.getString(1), r.getString(2)})) {
            map.put(row[0], row[1]);
        }
        return map;
    }

    private static Map<String, Long> counts(Connection db, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : rows(db, sql, r -> new Object[] {r.getString(1), r.getLong(2)})) {
            counts.merge((String) row[0], (Long) row[1], Long::sum);
        }
        return counts;
    }
}
