package fi.polku.k8s;

/** One thing wrong with a rendered manifest: where ({@code Kind/name} in a file) and what. */
public record Problem(String where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
