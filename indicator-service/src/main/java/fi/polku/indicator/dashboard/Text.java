package fi.polku.indicator.dashboard;

import fi.polku.events.Labelled;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Every text of the dashboard's own, in Finnish, Swedish and English: the one place a word is changed. */
enum Text implements Labelled {
    TITLE(
            "Johdon tilannekuva: työkyvyn tuki",
            "Ledningens lägesbild: stöd för arbetsförmåga",
            "Management dashboard: work-ability support"),
    LANGUAGE("Kieli", "Språk", "Language"),
    FROM("Alkaen", "Från", "From"),
    TO("Päättyen", "Till", "To"),
    PERIOD("Jakso", "Period", "Period"),
    MONTH("Kuukausi", "Månad", "Month"),
    QUARTER("Neljännes", "Kvartal", "Quarter"),
    YEAR("Vuosi", "År", "Year"),
    AREA("Alue", "Område", "Area"),
    TEAM("Tiimi", "Team", "Team"),
    ALL_AREAS("Kaikki alueet", "Alla områden", "All areas"),
    ALL_TEAMS("Kaikki tiimit", "Alla team", "All teams"),
    TEAM_OVER_AREA(
            "Valittu tiimi rajaa luvut, ei alue.",
            "Det valda teamet avgränsar siffrorna, inte området.",
            "The chosen team limits the figures, not the area."),
    SHOW("Näytä", "Visa", "Show"),
    OVER_TIME("Ajan mittaan", "Över tid", "Over time"),
    BY_AREA("Alueittain", "Per område", "By area"),
    TOTAL("Yhteensä", "Totalt", "Total"),
    TARGET("Tavoite", "Mål", "Target"),
    P90("90. persentiili", "90:e percentilen", "90th percentile"),
    UNKNOWN("Ei tiedossa", "Okänt", "Unknown"),
    CSV("Lataa CSV", "Ladda ner CSV", "Download CSV"),
    DATA_UP_TO("Tiedot tapahtumista ajankohtaan", "Uppgifter om händelser fram till", "Data on events up to"),
    NO_DATA_YET("ei vielä tietoja", "inga uppgifter ännu", "no data yet"),
    SUPPRESSED(
            "Alle viiden tapauksen luvut näytetään muodossa <5 (kaaviossa aukkona), ja niiden lisäksi ne luvut, "
                    + "joista ne voisi päätellä.",
            "Siffror under fem fall visas som <5 (som en lucka i diagrammet), liksom "
                    + "de siffror som de kunde räknas ut ur.",
            "Figures of fewer than five cases show as <5 (a gap in the "
                    + "chart), as do the figures they could be worked out from."),
    UNSUPPRESSED(
            "Kaikki luvut näytetään sellaisinaan (analyytikko).",
            "Alla siffror visas som de är (analytiker).",
            "Every figure shows as it is (analyst)."),
    COUNT("lukumäärä", "antal", "count"),
    CLIENTS("asiakkaita", "klienter", "clients"),
    DAYS("päivää, mediaani", "dagar, median", "days, median"),
    SCORE("keskiarvo", "medelvärde", "mean score"),
    PER_100_UNEMPLOYED(
            "/ 100 työtöntä työnhakijaa", "/ 100 arbetslösa arbetssökande", "per 100 unemployed job seekers"),
    FTE("henkilötyövuotta", "årsverken", "full-time equivalents");

    private final Labels labels;

    Text(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** Every text in one language, by its name: what the page's template reads. */
    static Map<String, String> in(String language) {
        return Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Text::name, t -> t.label(language)));
    }
}
