package fi.polku.indicator.catalogue;

import fi.polku.events.Labelled;
import fi.polku.events.ReferralSource;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The indicators of the work-ability model, each with what it counts and the events it is counted from. An indicator
 * is here only once its facts can be counted: never a placeholder.
 */
public enum Indicator implements Labelled {
    REFERRALS_BY_SOURCE(
            "Ohjautuneet asiakkaat lähteittäin",
            "Hänvisade klienter per källa",
            "Referrals by source",
            "Referrals received, by where they came from.",
            Measure.COUNT,
            null,
            Dimension.SOURCE,
            "fi.polku.referral.received.v1"),
    REFERRAL_DECISION_DAYS(
            "Lähetteen käsittelyaika",
            "Remissens handläggningstid",
            "Days to a referral decision",
            "Calendar days from receiving a referral to accepting or rejecting it: median and 90th percentile.",
            Measure.DAYS,
            Start.REFERRAL_RECEIVED,
            null,
            "fi.polku.referral.accepted.v1",
            "fi.polku.referral.rejected.v1"),
    TEAM_CLIENTS(
            "Uudet asiakastiimit",
            "Nya klientteam",
            "New client teams",
            "Client teams assembled: clients taken on by a work-ability team.",
            Measure.COUNT,
            null,
            null,
            "fi.polku.team.assembled.v1"),
    TEAM_WAITING_DAYS(
            "Odotusaika tiimiin",
            "Väntetid till teamet",
            "Days waiting for a team",
            "Calendar days from a pathway's opening (the referral accepted) to its client team's assembly: median and "
                    + "90th percentile.",
            Measure.DAYS,
            Start.PATHWAY_OPENED,
            null,
            "fi.polku.team.assembled.v1"),
    REFERRALS_TO_SERVICES(
            "Ohjaukset palveluihin",
            "Hänvisningar till tjänster",
            "Referrals to services",
            "Services started for clients, by service.",
            Measure.COUNT,
            null,
            Dimension.SERVICE,
            "fi.polku.pathway.service-referral.started.v1"),
    IPS_CLIENTS(
            "IPS-asiakkaat",
            "IPS-klienter",
            "IPS clients",
            "Clients whose supported employment (IPS) started.",
            Measure.PATHWAYS,
            null,
            null,
            "fi.polku.pathway.service-referral.started.v1"),
    IPS_EMPLOYED(
            "IPS-asiakkaista työllistyneet",
            "IPS-klienter som fått arbete",
            "IPS clients employed",
            "Clients whose supported employment (IPS) ended with the client in work, counted when it ended.",
            Measure.PATHWAYS,
            null,
            null,
            "fi.polku.pathway.service-referral.ended.v1"),
    WORK_ABILITY_ASSESSMENTS(
            "Työkyvyn arvioinnit",
            "Bedömningar av arbetsförmågan",
            "Work-ability assessments",
            "Work-ability assessments carried out: referrals to a work-ability assessment that were completed, "
                    + "counted when they ended.",
            Measure.COUNT,
            null,
            null,
            "fi.polku.pathway.service-referral.ended.v1"),
    SOCIAL_REHABILITATION_CLIENTS(
            "Sosiaalisen kuntoutuksen asiakkaat",
            "Klienter i social rehabilitering",
            "Social rehabilitation clients",
            "Clients whose social rehabilitation started.",
            Measure.PATHWAYS,
            null,
            null,
            "fi.polku.pathway.service-referral.started.v1"),
    REHABILITATIVE_WORK_ACTIVITY_CLIENTS(
            "Kuntouttavan työtoiminnan asiakkaat",
            "Klienter i arbetsverksamhet i " + "rehabiliteringssyfte",
            "Rehabilitative work activity clients",
            "Clients whose rehabilitative work activity started.",
            Measure.PATHWAYS,
            null,
            null,
            "fi.polku.pathway.service-referral.started.v1"),
    COORDINATOR_CONSULTATIONS(
            "Työkykykoordinaattorin konsultaatiot",
            "Konsultationer med arbetsförmågekoordinatorn",
            "Work-ability coordinator consultations",
            "Consultations asked of the work-ability coordinator.",
            Measure.COUNT,
            null,
            null,
            "fi.polku.team.consultation-requested.v1"),
    COORDINATOR_CLIENT_CONTACTS(
            "Asiakasvastaavan asiakaskäynnit",
            "Klientansvarigas klientkontakter",
            "Client coordinators' client contacts",
            "Visits, calls and remote contacts by the client's coordinator.",
            Measure.COUNT,
            null,
            null,
            "fi.polku.team.client-contact-recorded.v1"),
    COMPETENCE_CENTRE_CLIENTS(
            "Osaamiskeskuksen asiakkaat",
            "Kompetenscentrets klienter",
            "Competence-centre clients",
            "Clients referred to the work-ability competence centre.",
            Measure.PATHWAYS,
            null,
            null,
            "fi.polku.team.competence-centre-referred.v1"),
    COMPETENCE_CENTRE_CONSULTATIONS(
            "Osaamiskeskuksen konsultaatiot",
            "Kompetenscentrets konsultationer",
            "Competence-centre consultations",
            "Consultations asked of the work-ability competence centre.",
            Measure.COUNT,
            null,
            null,
            "fi.polku.team.consultation-requested.v1"),
    HEALTH_CHECKS_COMPLETED(
            "Työttömien terveystarkastukset",
            "Hälsoundersökningar för arbetslösa",
            "Health checks for the unemployed",
            "Health checks for the unemployed completed.",
            Measure.COUNT,
            null,
            null,
            "fi.polku.health-check.completed.v1"),
    HEALTH_CHECK_COVERAGE(
            "Työttömien terveystarkastusten kattavuus",
            "Hälsoundersökningarnas täckning bland " + "arbetslösa",
            "Health-check coverage of the unemployed",
            "Health checks for the unemployed completed in "
                    + "the period per 100 unemployed job seekers (the employment bulletin's monthly counts, averaged over the "
                    + "period's months that have them), by the client's municipality. Checks of municipalities without "
                    + "job-seeker figures are left out of the whole county's figure.",
            Measure.COVERAGE,
            null,
            null,
            "fi.polku.health-check.completed.v1"),
    WORK_ABILITY_STATEMENTS(
            "Työkykylausunnot",
            "Arbetsförmågeutlåtanden",
            "Work-ability statements",
            "Work-ability statements recorded, by purpose.",
            Measure.COUNT,
            null,
            Dimension.PURPOSE,
            "fi.polku.health-check.work-ability-statement-recorded.v1"),
    PATHWAY_OUTCOMES(
            "Palvelupolkujen tulokset",
            "Servicestigarnas resultat",
            "Pathway outcomes",
            "Pathways closed, by outcome.",
            Measure.COUNT,
            null,
            Dimension.OUTCOME,
            "fi.polku.pathway.closed.v1"),
    TYP_OUTCOMES(
            "TYP-asiakkaiden tulokset",
            "TYP-klienternas resultat",
            "Outcomes of TYP clients",
            "Pathways of clients referred by the multi-agency joint service (TYP) closed, by outcome: how many were "
                    + "employed, retired on a disability pension or went to education.",
            Measure.COUNT,
            null,
            Dimension.OUTCOME,
            "fi.polku.pathway.closed.v1"),
    PATHWAY_DURATION(
            "Palvelupolun kesto",
            "Servicestigens längd",
            "Pathway duration",
            "Calendar days from a pathway's opening to its closing: median and 90th percentile.",
            Measure.DAYS,
            Start.PATHWAY_OPENED,
            null,
            "fi.polku.pathway.closed.v1"),
    CLIENT_FEEDBACK(
            "Asiakaspalaute",
            "Klientrespons",
            "Client feedback",
            "Clients' feedback scores (1–5) given when their pathway closed: mean and count.",
            Measure.MEAN_SCORE,
            null,
            null,
            "fi.polku.pathway.closed.v1"),
    STAFF_FTE_BY_PROFESSION(
            "Henkilöstöresurssit ammattiryhmittäin",
            "Personalresurser per yrkesgrupp",
            "Staff resources by profession",
            "Full-time equivalents of work-ability services at the end of each period: "
                    + "the share of working time of the network's active professionals in active standing teams, with "
                    + "their headcount. A professional in several teams counts in each with their share divided evenly "
                    + "among them; per area, per profession and in the whole they count once. Figures of the county's "
                    + "own staff, not of clients: never suppressed.",
            Measure.FTE,
            null,
            Dimension.PROFESSION,
            "fi.polku.network.standing-team-changed.v1",
            "fi.polku.network.professional-changed.v1");

    /** Where a duration starts; it ends when the indicator's fact happened. */
    public enum Start {
        REFERRAL_RECEIVED,
        PATHWAY_OPENED
    }

    private static final Set<Dimension> OF_A_PATHWAY =
            EnumSet.of(Dimension.AREA, Dimension.TEAM, Dimension.MUNICIPALITY, Dimension.AGE_GROUP, Dimension.SOURCE);

    private final Labels labels;
    private final String definition;
    private final Measure measure;
    private final Start start;
    private final Dimension ownDimension;
    private final List<String> sourceEvents;

    Indicator(
            String fi,
            String sv,
            String en,
            String definition,
            Measure measure,
            Start start,
            Dimension ownDimension,
            String... sourceEvents) {
        this.labels = new Labels(fi, sv, en);
        this.definition = definition;
        this.measure = measure;
        this.start = start;
        this.ownDimension = ownDimension;
        this.sourceEvents = List.of(sourceEvents);
    }

    /** The indicator with this code, if there is one. */
    public static Optional<Indicator> byCode(String code) {
        return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
    }

    @Override
    public Labels labels() {
        return labels;
    }

    public String definition() {
        return definition;
    }

    public Measure measure() {
        return measure;
    }

    /** For a {@link Measure#DAYS} indicator, where its days start. */
    public Start start() {
        return start;
    }

    /** The dimension the fact itself names (a service, an outcome, a purpose), if any. */
    public Dimension ownDimension() {
        return ownDimension;
    }

    public Set<Dimension> dimensions() {
        if (measure == Measure.COVERAGE) {
            return EnumSet.of(Dimension.MUNICIPALITY);
        }
        if (measure == Measure.FTE) {
            return EnumSet.of(Dimension.AREA, Dimension.TEAM, Dimension.PROFESSION);
        }
        Set<Dimension> all = EnumSet.copyOf(OF_A_PATHWAY);
        if (ownDimension != null) {
            all.add(ownDimension);
        }
        return all;
    }

    public String unit() {
        return switch (measure) {
            case COUNT -> "count";
            case PATHWAYS -> "clients";
            case DAYS -> "days";
            case MEAN_SCORE -> "score";
            case COVERAGE -> "per 100 unemployed job seekers";
            case FTE -> "full-time equivalents";
        };
    }

    public List<String> sourceEvents() {
        return sourceEvents;
    }

    /** The indicator whose facts this one counts: itself, or for a subset of clients such as TYP's, the whole. */
    public Indicator facts() {
        return switch (this) {
            case TYP_OUTCOMES -> PATHWAY_OUTCOMES;
            case HEALTH_CHECK_COVERAGE -> HEALTH_CHECKS_COMPLETED;
            default -> this;
        };
    }

    /** The only clients counted, by where their pathway's first referral came from; empty for all of them. */
    public Optional<ReferralSource> onlyFrom() {
        return this == TYP_OUTCOMES ? Optional.of(ReferralSource.TYP) : Optional.empty();
    }
}
