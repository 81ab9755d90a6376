package fi.polku.healthcheck.check;

/** A complete, valid record of a check, as JSON, for tests to send whole or with one field broken. */
final class TestRecords {

    static final String NOTE = "Mieliala matala puoli vuotta, nukkuu huonosti";

    private TestRecords() {}

    static String valid() {
        return """
                {"visit": {"serviceType": "T29", "contactType": "R10", "spatCode": "SPAT1308", "reasonCodeSystem": "ICPC2",
                           "reasonCode": "A98"},
                 "workAbilityScore": 6,
                 "findings": {"physicalHealth": {"level": "SOME_CONCERN", "note": "Selkäkipua"},
                              "mentalHealth": {"level": "SIGNIFICANT_CONCERN", "note": "%s"},
                              "substanceUse": {"level": "NO_CONCERN"},
                              "functionalAbility": {"level": "SOME_CONCERN"},
                              "socialSituation": {"level": "SOME_CONCERN"}},
                 "screening": {"auditC": 3, "phq9": 14, "bloodPressure": {"systolic": 138, "diastolic": 86}, "bmi": 29.1},
                 "assessment": "PARTIALLY_ABLE",
                 "followUps": [{"followUp": "DOCTOR_APPOINTMENT", "responsible": "Lääkäri Virtanen"},
                               {"followUp": "MENTAL_HEALTH_SERVICES", "responsible": "Psykiatrinen sairaanhoitaja Niemi"}],
                 "note": "Yhteenveto: %s"}""".formatted(NOTE, NOTE);
    }
}
