package fi.polku.indicator.dataset;

/** The data set, generated and published once per test run for every test that reads it. */
final class DataSets {

    /** Fixed, so that a failure can be reproduced; 400 pathways make several hundred in every figure's year. */
    private static final long SEED = 20351130L;
    private static PathwayDataSet published;

    private DataSets() {
    }

    static synchronized PathwayDataSet published() {
        if (published == null) {
            PathwayDataSet set = PathwayDataSet.generate(SEED, 400);
            set.publish();
            published = set;
        }
        return published;
    }
}
