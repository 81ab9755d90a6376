package fi.polku.healthcheck;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** health-check-service's own settings, under {@code polku.health-check.*}. */
@ConfigMapping(prefix = "polku.health-check")
public interface HealthCheckConfig {

    Worklist worklist();

    interface Worklist {

        /** How long a completed check keeps an unemployed client off the worklist, in months; default 12. */
        @WithDefault("12")
        int intervalMonths();
    }
}
