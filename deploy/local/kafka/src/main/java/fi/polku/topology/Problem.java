package fi.polku.topology;

/** One place that disagrees with the topology: where (a file, from the repository's root) and what. */
public record Problem(String where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
