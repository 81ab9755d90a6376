package fi.polku.events;

/** A code with its Finnish, Swedish and English label. */
public interface Labelled {

    Labels labels();

    /** The label in {@code fi}, {@code sv} or {@code en}; English for any other language. */
    default String label(String language) {
        return labels().in(language);
    }

    /** The three labels of one code. */
    record Labels(String fi, String sv, String en) {

        public String in(String language) {
            return switch (language) {
                case "fi" -> fi;
                case "sv" -> sv;
                default -> en;
            };
        }
    }
}
