package fi.polku.events;

import java.util.Map;

/** A code with its Finnish, Swedish and English label. */
public interface Labelled {

    Labels labels();

    /** The label in {@code fi}, {@code sv} or {@code en}; English for any other language. */
    default String label(String language) {
        return labels().in(language);
    }

    /** The labels by language, as an answer carries them: {@code {"fi": …, "sv": …, "en": …}}. */
    default Map<String, String> labelsByLanguage() {
        Labels labels = labels();
        return Map.of("fi", labels.fi(), "sv", labels.sv(), "en", labels.en());
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
