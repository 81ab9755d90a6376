#!/usr/bin/env bash
# Renders both overlays with `kubectl kustomize` (Debian's kubectl 1.20 and its kustomize v2 suffice) and validates
# every object strictly: Kubernetes' kinds against fabric8's model, Strimzi's against Strimzi's, CloudNativePG's and
# Keycloak's against the JSON Schemas of deploy/k8s/validate; an unknown field or a wrong type fails. Then the messaging
# topology's check (deploy/local/kafka, fi.polku.topology.TopologyCheck, which deploy/test also runs on the unrendered
# base and overlays) on the same rendered objects: a KafkaTopic that disagrees with deploy/messaging/topology.yaml, or
# a KafkaUser that cannot do what the topology says its service does, or may do more, fails. Extra arguments go to
# Maven (e.g. -o). KUBECTL overrides the kubectl used.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/lib/jdk.sh"
KUBECTL="${KUBECTL:-kubectl}"
command -v "$KUBECTL" >/dev/null || { echo "error: $KUBECTL not found (Debian: apt-get install kubernetes-client)" >&2; exit 1; }
VALIDATOR="$ROOT/deploy/k8s/validate"
TOPOLOGY="$ROOT/deploy/local/kafka"
OUT="$VALIDATOR/target/rendered"
mkdir -p "$OUT"
for overlay in dev production; do
  "$KUBECTL" kustomize "$ROOT/deploy/k8s/overlays/$overlay" > "$OUT/$overlay.yaml"
done
cd "$ROOT"
./mvnw -B -q -f "$VALIDATOR/pom.xml" package "$@"
./mvnw -B -q -f "$TOPOLOGY/pom.xml" package -DskipTests "$@"
status=0
# The schema validator logs through SLF4J with no logger bound, and has nothing to say: no warning about it.
"$JAVA_HOME/bin/java" -Dslf4j.internal.verbosity=ERROR -cp "$VALIDATOR/target/classes:$(cat "$VALIDATOR/target/classpath.txt")" \
  fi.polku.k8s.ManifestValidator "$OUT/dev.yaml" "$OUT/production.yaml" || status=1
"$JAVA_HOME/bin/java" -cp "$TOPOLOGY/target/classes:$(cat "$TOPOLOGY/target/classpath.txt")" \
  fi.polku.topology.TopologyCheck "$ROOT" "$OUT/dev.yaml" "$OUT/production.yaml" || status=1
exit "$status"
