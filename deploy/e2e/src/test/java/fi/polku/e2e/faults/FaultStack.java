package fi.polku.e2e.faults;

import fi.polku.e2e.LocalStack;

/**
 * The local stack as the fault suite drives it, through {@code deploy/local/stack}: its own ports (28081–28084,
 * Kafka 29092), run directory ({@code deploy/e2e/target/faults-stack}) and databases ({@code polku_faults_*}), so
 * it disturbs neither a developer's stack nor the end-to-end test's. Every fault is a stack subcommand, so a person
 * can repeat any of them by hand. {@code deploy/faults} repeats these settings to clean up after the suite.
 */
final class FaultStack {

    static final LocalStack STACK = new LocalStack("faults-stack", 28080, 29092, "polku_faults", 25442);

    private FaultStack() {}
}
