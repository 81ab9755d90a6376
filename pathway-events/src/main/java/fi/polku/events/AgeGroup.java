package fi.polku.events;

/**
 * The age bands pathway events carry instead of a birth date. Work-ability support is for working-age
 * people (15–65); the outer bands exist so that an unusual age is visible, not lost.
 */
public enum AgeGroup {
    AGE_0_14(0, 14),
    AGE_15_24(15, 24),
    AGE_25_34(25, 34),
    AGE_35_44(35, 44),
    AGE_45_54(45, 54),
    AGE_55_65(55, 65),
    AGE_66_PLUS(66, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeGroup of(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("age must not be negative: " + age);
        }
        for (AgeGroup group : values()) {
            if (age >= group.from && age <= group.to) {
                return group;
            }
        }
        throw new AssertionError("bands cover every age");
    }
}
