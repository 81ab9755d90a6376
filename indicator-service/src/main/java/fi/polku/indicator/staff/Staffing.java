package fi.polku.indicator.staff;

import fi.polku.events.Profession;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The network's teams and professionals as they were over time, and the staff they add up to at a moment: the active
 * professionals in active teams, as team-service's staff resources count them now. A professional in several active
 * teams counts in each with their FTE divided evenly among them, so that FTE adds up over teams; per area, per
 * profession and in the whole they count once with their whole FTE.
 */
public final class Staffing {

    /** What the staff is broken down by; none gives the whole network. */
    public enum By {
        AREA,
        TEAM,
        PROFESSION
    }

    public record TeamVersion(UUID teamId, Instant changedAt, String name, String area, boolean active) {}

    public record ProfessionalVersion(
            UUID professionalId,
            Instant changedAt,
            Profession profession,
            String organisationType,
            BigDecimal fte,
            Set<UUID> teamIds,
            boolean active) {}

    /** One group's staff: how many professionals, and their FTE in work-ability services to two decimals. */
    public record Line(long headcount, BigDecimal fte) {}

    private final List<TeamVersion> teams;
    private final List<ProfessionalVersion> professionals;

    public Staffing(List<TeamVersion> teams, List<ProfessionalVersion> professionals) {
        this.teams = List.copyOf(teams);
        this.professionals = List.copyOf(professionals);
    }

    /**
     * The staff just before {@code at}, by group: a version made at {@code at} itself is the next period's. The
     * whole network's line has the group {@code ""}.
     */
    public Map<String, Line> before(Instant at, Optional<By> by) {
        Map<UUID, TeamVersion> activeTeams =
                newest(teams, TeamVersion::teamId, TeamVersion::changedAt, at).values().stream()
                        .filter(TeamVersion::active)
                        .collect(Collectors.toMap(TeamVersion::teamId, Function.identity()));
        Map<String, long[]> headcounts = new TreeMap<>();
        Map<String, BigDecimal> ftes = new HashMap<>();
        for (ProfessionalVersion p : newest(
                        professionals, ProfessionalVersion::professionalId, ProfessionalVersion::changedAt, at)
                .values()) {
            List<TeamVersion> in = p.teamIds().stream()
                    .map(activeTeams::get)
                    .filter(Objects::nonNull)
                    .toList();
            if (!p.active() || in.isEmpty()) {
                continue;
            }
            BigDecimal share = p.fte().divide(BigDecimal.valueOf(in.size()), MathContext.DECIMAL64);
            switch (by.orElse(null)) {
                case TEAM -> in.forEach(team -> add(headcounts, ftes, team.name(), share));
                case AREA -> {
                    Set<String> areas = new LinkedHashSet<>();
                    in.forEach(team -> areas.add(team.area()));
                    for (String area : areas) {
                        long teamsThere = in.stream()
                                .filter(team -> team.area().equals(area))
                                .count();
                        add(headcounts, ftes, area, share.multiply(BigDecimal.valueOf(teamsThere)));
                    }
                }
                case PROFESSION -> add(headcounts, ftes, p.profession().name(), p.fte());
                case null -> add(headcounts, ftes, "", p.fte());
            }
        }
        Map<String, Line> lines = new TreeMap<>();
        headcounts.forEach((group, n) ->
                lines.put(group, new Line(n[0], ftes.get(group).setScale(2, RoundingMode.HALF_UP))));
        return lines;
    }

    private static void add(
            Map<String, long[]> headcounts, Map<String, BigDecimal> ftes, String group, BigDecimal fte) {
        headcounts.computeIfAbsent(group, g -> new long[1])[0]++;
        ftes.merge(group, fte, BigDecimal::add);
    }

    /** Each key's newest version made before {@code at}. */
    private static <V> Map<UUID, V> newest(
            List<V> versions, Function<V, UUID> key, Function<V, Instant> changedAt, Instant at) {
        return versions.stream()
                .filter(v -> changedAt.apply(v).isBefore(at))
                .collect(Collectors.toMap(
                        key, Function.identity(), (a, b) -> changedAt.apply(a).isAfter(changedAt.apply(b)) ? a : b));
    }
}
