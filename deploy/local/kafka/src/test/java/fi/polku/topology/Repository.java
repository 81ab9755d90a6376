package fi.polku.topology;

import java.nio.file.Path;

/** The checkout under test: Maven's multi-module root, else three levels above this module. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("polku-test.root", "../../.."))
            .toAbsolutePath()
            .normalize();

    private Repository() {}
}
