package fi.polku.events;

/** A code with its Finnish, Swedish and English label. */
public interface Labelled {

    /** The label in {@code fi}, {@code sv} or {@code en}; English for any other language. */
    String label(String language);

    static String pick(String language, String fi, String sv, String en) {
        return switch (language) {
            case "fi" -> fi;
            case "sv" -> sv;
            default -> en;
        };
    }
}
