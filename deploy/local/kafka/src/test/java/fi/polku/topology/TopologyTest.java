package fi.polku.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repository as it is agrees with deploy/messaging/topology.yaml: deploy/k8s's KafkaTopics and KafkaUsers, in the
 * base and every overlay, and every service's channels. TopologyCheckTest shows that each kind of disagreement fails.
 */
class TopologyTest {

    @Test
    void theRepositoryAgreesWithTheTopology() throws IOException {
        List<Problem> problems = TopologyCheck.of(Repository.ROOT).check();
        assertEquals(
                "",
                String.join("\n", problems.stream().map(Problem::toString).toList()),
                problems.size() + " places disagree with " + Topology.FILE);
    }

    @Test
    void everyConsumerGroupHasItsDeadLetterTopic() throws IOException {
        Topology topology = Topology.read(Repository.ROOT.resolve(Topology.FILE));
        List<String> names =
                topology.brokerTopics().stream().map(Topology.BrokerTopic::name).toList();
        assertEquals(topology.topics().size() + topology.consumers().size(), names.size());
        assertTrue(names.contains("employment.referral-requests.v1.dlq.referral-service"), names::toString);
        Topology.BrokerTopic requests = topology.brokerTopics().stream()
                .filter(t -> t.name().equals("employment.referral-requests.v1.dlq.referral-service"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, requests.partitions());
        assertEquals(2_592_000_000L, requests.retentionMs(), "a dead-letter topic keeps what its source topic keeps");
    }
}
