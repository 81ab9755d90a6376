package fi.polku.indicator.catalogue;

/** What an indicator can be broken down by. */
public enum Dimension {
    AREA,
    TEAM,
    MUNICIPALITY,
    AGE_GROUP,
    SOURCE,
    SERVICE,
    OUTCOME,
    PURPOSE,
    PROFESSION;

    /** The query parameter's spelling: {@code ageGroup}, {@code municipality}, … */
    public String parameter() {
        String lower = name().toLowerCase();
        int underscore = lower.indexOf('_');
        return underscore < 0
                ? lower
                : lower.substring(0, underscore)
                        + Character.toUpperCase(lower.charAt(underscore + 1))
                        + lower.substring(underscore + 2);
    }
}
