package fi.polku.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of disagreement the topology check exists for, made once in a copy of the repository's files, fails with
 * the file and the difference.
 */
class TopologyCheckTest {

    private static final String TOPICS = "deploy/k8s/base/kafka/topics.yaml";
    private static final String USERS = "deploy/k8s/base/kafka/users.yaml";
    private static final String REFERRAL = "referral-service/src/main/resources/application.properties";
    private static final String INDICATOR = "indicator-service/src/main/resources/application.properties";

    @TempDir
    Path dir;

    private Fixture repo;

    @BeforeEach
    void copy() throws IOException {
        repo = new Fixture(dir);
    }

    @Test
    void theUntouchedCopyPasses() throws IOException {
        assertEquals(List.of(), repo.check());
    }

    // --- KafkaTopics -----------------------------------------------------------------------------------------------

    @Test
    void aKafkaTopicWithOtherPartitionsFails() throws IOException {
        repo.change(TOPICS, "KafkaTopic", "pathway.team.v1", t -> spec(t).put("partitions", 1));
        assertProblem(TOPICS, "KafkaTopic pathway.team.v1: partitions is 1, the topology says 3");
    }

    @Test
    void aRetentionOtherThanTheTopologySaysFails() throws IOException {
        repo.change(
                TOPICS,
                "KafkaTopic",
                "employment.pathway-updates.v1",
                t -> config(t).put("retention.ms", -1));
        assertProblem(
                TOPICS,
                "KafkaTopic employment.pathway-updates.v1: retention.ms is -1, the topology says " + "2592000000");
    }

    @Test
    void aDeadLetterTopicKeptShorterThanItsSourceFails() throws IOException {
        repo.change(
                TOPICS,
                "KafkaTopic",
                "pathway.referral.v1.dlq.team-service",
                t -> config(t).put("retention.ms", 604_800_000));
        assertProblem(
                TOPICS,
                "KafkaTopic pathway.referral.v1.dlq.team-service: retention.ms is 604800000, the "
                        + "topology (its source topic's) says -1");
    }

    @Test
    void fewerReplicasThanProductionFails() throws IOException {
        repo.change(TOPICS, "KafkaTopic", "client.consent.v1", t -> spec(t).put("replicas", 1));
        assertProblem(TOPICS, "KafkaTopic client.consent.v1: replicas is 1, the topology's production says 3");
    }

    @Test
    void aTopicSettingTheTopologyDoesNotSayFails() throws IOException {
        repo.change(TOPICS, "KafkaTopic", "registry.team.v1", t -> config(t).put("cleanup.policy", "compact"));
        assertProblem(
                TOPICS,
                "KafkaTopic registry.team.v1: config cleanup.policy is \"compact\", which the topology "
                        + "does not say");
    }

    @Test
    void aDeadLetterTopicWithoutItsKafkaTopicFails() throws IOException {
        repo.remove(TOPICS, "KafkaTopic", "pathway.team.v1.dlq.indicator-service-team");
        assertProblem(
                "deploy/k8s/base",
                "no KafkaTopic for pathway.team.v1.dlq.indicator-service-team (the dead "
                        + "letters of indicator-service's consumer group indicator-service-team)");
    }

    @Test
    void aKafkaTopicTheTopologyDoesNotDeclareFails() throws IOException {
        repo.append(TOPICS, """
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: pathway.audit.v1
                spec:
                  partitions: 3
                  replicas: 3
                  config: {min.insync.replicas: 2, retention.ms: -1}""");
        assertProblem(TOPICS, "KafkaTopic pathway.audit.v1 is not in the topology");
    }

    @Test
    void aTopicDeclaredWithoutItsKafkaTopicFails() throws IOException {
        repo.edit(
                        Topology.FILE,
                        "  pathway.team.v1: {partitions: 3, retention.ms: -1}",
                        "  pathway.team.v1: {partitions: 3, retention.ms: -1}\n"
                                + "  pathway.audit.v1: {partitions: 3, retention.ms: -1}")
                .edit(
                        Topology.FILE,
                        "produces: [pathway.health-check.v1]",
                        "produces: [pathway.health-check.v1, pathway.audit.v1]");
        assertProblem(
                "deploy/k8s/base",
                "no KafkaTopic for pathway.audit.v1 (topics.pathway.audit.v1 of " + Topology.FILE + ")");
        assertProblem(USERS, "KafkaUser health-check-service may not write pathway.audit.v1, which it produces");
    }

    @Test
    void anOverlayPatchThatChangesATopicFails() throws IOException {
        String patch = "deploy/k8s/overlays/production/infrastructure.yaml";
        repo.append(patch, """
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: pathway.referral.v1
                spec:
                  partitions: 6""");
        assertProblem(patch, "KafkaTopic pathway.referral.v1: partitions is 6, the topology says 3");
    }

    @Test
    void anOverlayPatchThatDeletesATopicFails() throws IOException {
        repo.append("deploy/k8s/overlays/dev/infrastructure.yaml", """
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: registry.team.v1
                $patch: delete""");
        assertProblem("deploy/k8s/overlays/dev", "no KafkaTopic for registry.team.v1");
    }

    @Test
    void anOverlayPatchTheCheckCannotApplyFails() throws IOException {
        repo.append("deploy/k8s/overlays/dev/kustomization.yaml", """
                patchesJson6902:
                  - target: {group: kafka.strimzi.io, version: v1, kind: KafkaTopic, name: pathway.team.v1}
                    path: topic-patch.yaml""");
        assertProblem(
                "deploy/k8s/overlays/dev/kustomization.yaml",
                "a JSON 6902 patch of KafkaTopic pathway.team.v1, " + "which the topology check cannot apply");
    }

    // --- KafkaUsers ------------------------------------------------------------------------------------------------

    @Test
    void aServiceThatMayNotReadWhatItConsumesFails() throws IOException {
        repo.change(USERS, "KafkaUser", "indicator-service", u -> removeAcl(u, "pathway.team.v1"));
        assertProblem(
                USERS,
                "KafkaUser indicator-service may not read pathway.team.v1, which its channel "
                        + "fact-team-events consumes");
    }

    @Test
    void aServiceThatMayNotWriteItsDeadLettersFails() throws IOException {
        repo.change(
                USERS, "KafkaUser", "team-service", u -> removeAcl(u, "client.consent.v1.dlq.team-service-consents"));
        assertProblem(
                USERS,
                "KafkaUser team-service may not write its dead letters to "
                        + "client.consent.v1.dlq.team-service-consents (channel consent-events)");
    }

    @Test
    void aServiceThatMayNotWriteWhatItProducesFails() throws IOException {
        repo.change(USERS, "KafkaUser", "team-service", u -> removeAcl(u, "registry.team.v1"));
        assertProblem(USERS, "KafkaUser team-service may not write registry.team.v1, which it produces");
    }

    @Test
    void aServiceThatMayNotUseItsConsumerGroupFails() throws IOException {
        repo.change(USERS, "KafkaUser", "health-check-service", u -> removeAcl(u, "health-check-service"));
        assertProblem(
                USERS,
                "KafkaUser health-check-service may not use consumer group health-check-service-requests "
                        + "of its channel health-check-requests");
    }

    @Test
    void aServiceWritingATopicItDoesNotProduceFails() throws IOException {
        repo.change(
                USERS,
                "KafkaUser",
                "indicator-service",
                u -> addAcl(u, "topic", "pathway.referral.v1", "literal", "Write"));
        assertProblem(
                USERS,
                "KafkaUser indicator-service may write pathway.referral.v1, which the topology does not "
                        + "let it produce");
    }

    @Test
    void anyoneButReferralServiceReadingTheRequestsFails() throws IOException {
        repo.change(
                USERS,
                "KafkaUser",
                "indicator-service",
                u -> addAcl(u, "topic", "employment.referral-requests.v1.dlq.referral-service", "literal", "Read"));
        assertProblem(
                USERS,
                "KafkaUser indicator-service may read employment.referral-requests.v1.dlq.referral-service, "
                        + "which carries identity codes: referral-service alone may");
    }

    @Test
    void aPrefixGrantReachingTheRequestsFails() throws IOException {
        repo.change(USERS, "KafkaUser", "team-service", u -> addAcl(u, "topic", "employment.", "prefix", "Read"));
        assertProblem(
                USERS,
                "KafkaUser team-service may read employment.referral-requests.v1, which carries identity "
                        + "codes: referral-service alone may");
        assertProblem(
                USERS, "KafkaUser team-service may read employment.pathway-updates.v1, which it does not consume");
    }

    @Test
    void theEmploymentIntegrationReadingMoreThanItsUpdatesFails() throws IOException {
        repo.change(
                USERS,
                "KafkaUser",
                "employment-integration",
                u -> addAcl(u, "topic", "pathway.referral.v1", "literal", "Read"));
        assertProblem(
                USERS, "KafkaUser employment-integration may read pathway.referral.v1, which it does not consume");
    }

    @Test
    void anOutsideSystemsPrefixGrantFails() throws IOException {
        repo.change(
                USERS,
                "KafkaUser",
                "employment-integration",
                u -> addAcl(u, "topic", "employment.pathway-updates", "prefix", "Read"));
        assertProblem(
                USERS,
                "KafkaUser employment-integration may not be granted topic employment.pathway-updates "
                        + "(prefix) [Read]: an outside system's grants name each topic");
    }

    @Test
    void aServiceUsingAnotherServicesConsumerGroupFails() throws IOException {
        repo.change(USERS, "KafkaUser", "indicator-service", u -> addAcl(u, "group", "team-service", "prefix", "Read"));
        assertProblem(
                USERS, "KafkaUser indicator-service may use consumer group team-service-consents of " + "team-service");
    }

    @Test
    void aGrantOnATopicNobodyDeclaredFails() throws IOException {
        repo.change(
                USERS,
                "KafkaUser",
                "team-service",
                u -> addAcl(u, "topic", "pathway.referral.v1.dlq.team-servce", "literal", "Write"));
        assertProblem(
                USERS,
                "KafkaUser team-service is granted topic pathway.referral.v1.dlq.team-servce [Write], "
                        + "which names no topic of the topology");
    }

    @Test
    void theReplayThatCannotWriteBackFails() throws IOException {
        repo.change(USERS, "KafkaUser", "dead-letter-replay", u -> removeAcl(u, "pathway.team.v1"));
        assertProblem(
                USERS,
                "KafkaUser dead-letter-replay may not write pathway.team.v1, where it replays "
                        + "pathway.team.v1.dlq.indicator-service-team");
    }

    @Test
    void aServiceWithoutItsKafkaUserFails() throws IOException {
        repo.remove(USERS, "KafkaUser", "health-check-service");
        assertProblem(
                "deploy/k8s/base",
                "no KafkaUser for health-check-service (service health-check-service of " + Topology.FILE + ")");
    }

    @Test
    void aKafkaUserTheTopologyDoesNotKnowFails() throws IOException {
        repo.append(USERS, """
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata:
                  name: reporting
                spec:
                  authorization:
                    type: simple
                    acls: []""");
        assertProblem(USERS, "KafkaUser reporting is not in the topology");
    }

    // --- the services' channels ------------------------------------------------------------------------------------

    @Test
    void aChannelTheTopologyDoesNotDeclareFails() throws IOException {
        repo.append(INDICATOR, """
                mp.messaging.incoming.audit-events.topic=pathway.referral.v1
                mp.messaging.incoming.audit-events.group.id=indicator-service-audit""");
        assertProblem(
                INDICATOR,
                "incoming channel audit-events (mp.messaging.incoming.audit-events.*) is not in the "
                        + "topology: declare it under services.indicator-service.consumes");
    }

    @Test
    void aDeclaredChannelTheServiceDoesNotConfigureFails() throws IOException {
        repo.removeLines(REFERRAL, "mp.messaging.incoming.team-registry.");
        assertProblem(
                REFERRAL,
                "has no incoming channel team-registry (mp.messaging.incoming.team-registry.*), which "
                        + "the topology declares for referral-service: topic registry.team.v1, group.id referral-service-teams, "
                        + "batch true");
    }

    @Test
    void aChannelOnAnotherTopicFails() throws IOException {
        repo.edit(INDICATOR, "fact-team-events.topic=pathway.team.v1", "fact-team-events.topic=pathway.referral.v1");
        assertProblem(
                INDICATOR,
                "mp.messaging.incoming.fact-team-events.topic is pathway.referral.v1, the topology "
                        + "says pathway.team.v1");
    }

    @Test
    void aChannelInAnotherGroupFails() throws IOException {
        repo.edit(
                INDICATOR,
                "fact-team-events.group.id=indicator-service-team",
                "fact-team-events.group.id=indicator-service-teams");
        assertProblem(
                INDICATOR,
                "mp.messaging.incoming.fact-team-events.group.id is indicator-service-teams, the "
                        + "topology says indicator-service-team");
    }

    @Test
    void aBatchChannelConfiguredOneByOneFails() throws IOException {
        repo.edit(REFERRAL, "mp.messaging.incoming.team-registry.batch=true", "");
        assertProblem(
                REFERRAL,
                "mp.messaging.incoming.team-registry.batch is not set (so false), the topology says " + "true");
    }

    @Test
    void aProfileThatMovesAChannelFails() throws IOException {
        repo.append(REFERRAL, "%prod.mp.messaging.incoming.team-registry.group.id=referral-service-registry");
        assertProblem(
                REFERRAL,
                "%prod.mp.messaging.incoming.team-registry.group.id is referral-service-registry, the "
                        + "topology says referral-service-teams");
    }

    @Test
    void aConsumerDeclaredInTheTopologyAloneFails() throws IOException {
        String referralEvents =
                "      fact-referral-events: {topic: pathway.referral.v1, group: indicator-service-facts, "
                        + "batch: true}";
        repo.edit(
                Topology.FILE,
                referralEvents,
                referralEvents + "\n      consent-events: {topic: client.consent.v1, "
                        + "group: indicator-service-consents, batch: true}");
        assertProblem("deploy/k8s/base", "no KafkaTopic for client.consent.v1.dlq.indicator-service-consents");
        assertProblem(
                USERS,
                "KafkaUser indicator-service may not read client.consent.v1, which its channel "
                        + "consent-events consumes");
        assertProblem(
                USERS,
                "KafkaUser indicator-service may not write its dead letters to "
                        + "client.consent.v1.dlq.indicator-service-consents");
        assertProblem(
                USERS, "KafkaUser dead-letter-replay may not read client.consent.v1.dlq.indicator-service-consents");
        assertProblem(INDICATOR, "has no incoming channel consent-events");
    }

    @Test
    void channelsThatWouldStartAtTheEndFail() throws IOException {
        repo.removeLines(TopologyCheck.PLATFORM_DEFAULTS, "mp.messaging.connector.smallrye-kafka.auto.offset.reset=");
        assertProblem(
                TopologyCheck.PLATFORM_DEFAULTS,
                "mp.messaging.connector.smallrye-kafka.auto.offset.reset is not "
                        + "set: every channel of the topology reads its topic from the beginning");
    }

    @Test
    void aChannelCopyingTheSharedSettingsFails() throws IOException {
        repo.append(INDICATOR, "mp.messaging.incoming.fact-team-events.auto.offset.reset=latest");
        assertProblem(
                INDICATOR,
                "mp.messaging.incoming.fact-team-events.auto.offset.reset repeats what every channel " + "shares");
    }

    // --- the declaration itself ------------------------------------------------------------------------------------

    @Test
    void aTopicWithTwoProducersIsRefused() throws IOException {
        repo.edit(
                Topology.FILE,
                "produces: [pathway.health-check.v1]",
                "produces: [pathway.health-check.v1, pathway.team.v1]");
        assertContradiction("pathway.team.v1 has more than one producer: health-check-service, team-service");
    }

    @Test
    void aConsumerGroupUsedTwiceIsRefused() throws IOException {
        repo.edit(Topology.FILE, "group: indicator-service-team", "group: indicator-service-facts");
        assertContradiction(
                "services.indicator-service.consumes.fact-team-events uses consumer group indicator-service-facts, "
                        + "which services.indicator-service.consumes.fact-referral-events uses too");
    }

    @Test
    void aConsumerOfAnUndeclaredTopicIsRefused() throws IOException {
        repo.edit(
                Topology.FILE,
                "{topic: pathway.team.v1, group: indicator-service-team",
                "{topic: pathway.teams.v1, group: indicator-service-team");
        assertContradiction("services.indicator-service.consumes.fact-team-events consumes pathway.teams.v1, which "
                + "topics does not declare");
    }

    @Test
    void aMistypedFieldIsRefused() throws IOException {
        repo.edit(Topology.FILE, "pathway.team.v1: {partitions: 3", "pathway.team.v1: {partitons: 3");
        IOException e = assertThrows(IOException.class, () -> Topology.read(dir.resolve(Topology.FILE)));
        assertTrue(e.getMessage().contains("partitons"), e.getMessage());
    }

    @Test
    void aTopicDeclaredTwiceIsRefused() throws IOException {
        repo.edit(
                Topology.FILE,
                "  pathway.team.v1: {partitions: 3, retention.ms: -1}",
                "  pathway.team.v1: {partitions: 3, retention.ms: -1}\n  pathway.team.v1: {partitions: 6, retention.ms: -1}");
        IOException e = assertThrows(IOException.class, () -> Topology.read(dir.resolve(Topology.FILE)));
        assertTrue(e.getMessage().contains("pathway.team.v1"), e.getMessage());
    }

    private void assertContradiction(String expected) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Topology.read(dir.resolve(Topology.FILE)));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in " + e.getMessage());
    }

    private void assertProblem(String where, String expected) throws IOException {
        List<Problem> problems = repo.check();
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.where().equals(where) && p.message().contains(expected)),
                "expected " + where + ": " + expected + "\ngot:\n  "
                        + String.join(
                                "\n  ", problems.stream().map(Problem::toString).toList()));
    }

    private static ObjectNode spec(ObjectNode object) {
        return (ObjectNode) object.path("spec");
    }

    private static ObjectNode config(ObjectNode topic) {
        return (ObjectNode) topic.path("spec").path("config");
    }

    private static ArrayNode acls(ObjectNode user) {
        return (ArrayNode) user.path("spec").path("authorization").path("acls");
    }

    private static void removeAcl(ObjectNode user, String resource) {
        ArrayNode acls = acls(user);
        for (int i = 0; i < acls.size(); i++) {
            if (acls.get(i).path("resource").path("name").asText().equals(resource)) {
                acls.remove(i);
                return;
            }
        }
        throw new AssertionError("no ACL for " + resource);
    }

    private static void addAcl(ObjectNode user, String type, String name, String patternType, String operation) {
        ObjectNode acl = acls(user).addObject();
        acl.putObject("resource").put("type", type).put("name", name).put("patternType", patternType);
        acl.putArray("operations").add(operation);
    }
}
