package fi.polku.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractTest {

    /** Decimals read as they are written, so that a payload's BigDecimal compares with its sample's number. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static Stream<EventType<?>> types() {
        return EventType.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleConformsToItsSchema(EventType<?> type) throws IOException {
        assertTrue(schema(type).validate(sample(type)).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleMapsToThePayloadRecordAndBackUnchanged(EventType<?> type) throws IOException {
        JsonNode sample = sample(type);
        Object payload = JSON.treeToValue(sample, type.payloadType());
        assertEquals(sample, JSON.valueToTree(payload));
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaRejectsASampleWithoutARequiredField(EventType<?> type) throws IOException {
        JsonNode schemaJson = read(type.schema());
        for (JsonNode required : schemaJson.get("required")) {
            ObjectNode broken = sample(type).deepCopy();
            broken.remove(required.asText());
            assertFalse(schema(type).validate(broken).isEmpty(), "missing " + required.asText());
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaTitleIsTheTypeNameAndTopicIsVersioned(EventType<?> type) throws IOException {
        assertEquals(type.name(), read(type.schema()).get("title").asText());
        assertTrue(type.topic().matches("[a-z]+\\.[a-z-]+\\.v\\d+"), type.topic());
        assertTrue(type.name().matches("fi\\.polku\\.[a-z-]+\\.[a-z.-]+\\.v\\d+"), type.name());
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyPayloadComponentIsInTheSchema(EventType<?> type) throws IOException {
        Set<String> properties = new HashSet<>();
        read(type.schema()).get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = Arrays.stream(type.payloadType().getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toSet());
        assertEquals(components, properties);
    }

    @org.junit.jupiter.api.Test
    void referralSourceCodesMatchTheSchemaEnum() throws IOException {
        Set<String> inSchema = new HashSet<>();
        read(EventType.REFERRAL_RECEIVED.schema()).at("/properties/source/enum").forEach(n -> inSchema.add(n.asText()));
        Set<String> inCode =
                Arrays.stream(ReferralSource.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(inCode, inSchema);
    }

    @org.junit.jupiter.api.Test
    void everyCodeSetMatchesItsSchemaEnumAndIsLabelledInThreeLanguages() throws IOException {
        assertCodes(PathwayType.class, EventType.REFERRAL_ACCEPTED, "/properties/pathwayType/enum");
        assertCodes(PathwayType.class, EventType.PATHWAY_OPENED, "/properties/pathwayType/enum");
        assertCodes(RejectionReason.class, EventType.REFERRAL_REJECTED, "/properties/reason/enum");
        assertCodes(Redirection.class, EventType.REFERRAL_REJECTED, "/properties/redirection/enum");
        assertCodes(ReferralSource.class, EventType.REFERRAL_RECEIVED, "/properties/source/enum");
        assertCodes(Outcome.class, EventType.PATHWAY_CLOSED, "/properties/outcome/enum");
        assertCodes(ServiceType.class, EventType.SERVICE_REFERRAL_STARTED, "/properties/serviceType/enum");
        assertCodes(ServiceResult.class, EventType.SERVICE_REFERRAL_ENDED, "/properties/result/enum");
        assertCodes(ServiceShortfallReason.class, EventType.SERVICE_REFERRAL_ENDED, "/properties/reason/enum");
        assertCodes(OrganisationType.class, EventType.CONSENT_GIVEN, "/properties/organisationTypes/items/enum");
        assertCodes(OrganisationType.class, EventType.CONSENT_WITHDRAWN, "/properties/organisationTypes/items/enum");
        assertCodes(EmploymentChange.class, EventType.EMPLOYMENT_PATHWAY_UPDATE, "/properties/change/enum");
        assertCodes(Profession.class, EventType.TEAM_ASSEMBLED, "/properties/members/items/properties/profession/enum");
        assertCodes(Profession.class, EventType.TEAM_MEMBER_JOINED, "/properties/member/properties/profession/enum");
        assertCodes(Profession.class, EventType.TEAM_MEMBER_LEFT, "/properties/profession/enum");
        assertCodes(LeavingReason.class, EventType.TEAM_MEMBER_LEFT, "/properties/reason/enum");
        assertCodes(Profession.class, EventType.CLIENT_COORDINATOR_CHANGED, "/properties/profession/enum");
        assertCodes(MeetingFormat.class, EventType.TEAM_MEETING_HELD, "/properties/format/enum");
        assertCodes(Profession.class, EventType.TEAM_MEETING_HELD, "/properties/professions/items/enum");
        assertCodes(MeetingDecision.class, EventType.TEAM_MEETING_HELD, "/properties/decisions/items/enum");
        assertCodes(ContactKind.class, EventType.CLIENT_CONTACT_RECORDED, "/properties/kind/enum");
        assertCodes(Profession.class, EventType.CLIENT_CONTACT_RECORDED, "/properties/profession/enum");
        assertCodes(ConsultationTarget.class, EventType.CONSULTATION_REQUESTED, "/properties/consulted/enum");
        assertCodes(ConsultationTopic.class, EventType.CONSULTATION_REQUESTED, "/properties/topic/enum");
        assertCodes(ConsultationTarget.class, EventType.CONSULTATION_ANSWERED, "/properties/consulted/enum");
        assertCodes(ConsultationTopic.class, EventType.COMPETENCE_CENTRE_REFERRED, "/properties/topic/enum");
        assertCodes(TeamKind.class, EventType.STANDING_TEAM_CHANGED, "/properties/kind/enum");
        assertCodes(Profession.class, EventType.PROFESSIONAL_CHANGED, "/properties/profession/enum");
        assertCodes(HealthCheckFollowUp.class, EventType.HEALTH_CHECK_COMPLETED, "/properties/followUps/items/enum");
        assertCodes(HealthCheckFollowUp.class, EventType.HEALTH_CHECK_AMENDED, "/properties/followUps/items/enum");
        assertCodes(HealthCheckFollowUp.class, EventType.FOLLOW_UP_CLOSED, "/properties/followUp/enum");
        assertCodes(WorkAbilityAssessment.class, EventType.HEALTH_CHECK_COMPLETED, "/properties/assessment/enum");
        assertCodes(WorkAbilityAssessment.class, EventType.HEALTH_CHECK_AMENDED, "/properties/assessment/enum");
        assertCodes(HealthCheckRequester.class, EventType.HEALTH_CHECK_REQUESTED, "/properties/requestedBy/enum");
        assertCodes(HealthCheckCancellation.class, EventType.HEALTH_CHECK_CANCELLED, "/properties/reason/enum");
        assertCodes(FollowUpResult.class, EventType.FOLLOW_UP_CLOSED, "/properties/result/enum");
        assertCodes(StatementPurpose.class, EventType.WORK_ABILITY_STATEMENT_RECORDED, "/properties/purpose/enum");
        assertCodes(
                StatementConclusion.class, EventType.WORK_ABILITY_STATEMENT_RECORDED, "/properties/conclusion/enum");
        assertCodes(Profession.class, EventType.WORK_ABILITY_STATEMENT_RECORDED, "/properties/authorProfession/enum");
        assertCodes(LabourMarketStatus.class, EventType.REFERRAL_RECEIVED, "/properties/labourMarketStatus/enum");
        assertCodes(LabourMarketStatus.class, EventType.PATHWAY_OPENED, "/properties/labourMarketStatus/enum");
        assertCodes(
                LabourMarketStatus.class,
                EventType.EMPLOYMENT_HEALTH_CHECK_REQUESTED,
                "/properties/labourMarketStatus/enum");
    }

    @org.junit.jupiter.api.Test
    void everyEventTypeIsLabelledInThreeLanguages() {
        for (EventType<?> type : EventType.ALL) {
            assertFalse(
                    type.label("fi").isBlank()
                            || type.label("sv").isBlank()
                            || type.label("en").isBlank(),
                    type.name());
            assertFalse(
                    type.label("fi").equals(type.label("sv"))
                            || type.label("sv").equals(type.label("en")),
                    type.name() + " looks untranslated");
            assertEquals(
                    Map.of("fi", type.label("fi"), "sv", type.label("sv"), "en", type.label("en")),
                    type.labelsByLanguage(),
                    type.name() + "'s labels as an answer carries them");
        }
    }

    private static <E extends Enum<E> & Labelled> void assertCodes(Class<E> codes, EventType<?> type, String pointer)
            throws IOException {
        Set<String> inSchema = new HashSet<>();
        read(type.schema()).at(pointer).forEach(n -> {
            if (!n.isNull()) {
                inSchema.add(n.asText());
            }
        });
        assertEquals(
                Arrays.stream(codes.getEnumConstants()).map(Enum::name).collect(Collectors.toSet()),
                inSchema,
                codes.getSimpleName() + " vs " + type.name());
        for (E code : codes.getEnumConstants()) {
            for (String language : new String[] {"fi", "sv", "en"}) {
                assertFalse(code.label(language).isBlank(), code + " has no " + language + " label");
            }
            assertFalse(
                    code.label("fi").equals(code.label("sv"))
                            && code.label("fi").equals(code.label("en"))
                            && !code.name().equals("KELA"),
                    code + " looks untranslated");
        }
    }

    @org.junit.jupiter.api.Test
    void aNetworkEventsOrganisationIsTheCountyOrAnOrganisationTypeInCodeAndSchema() throws IOException {
        Set<String> inCode =
                Arrays.stream(OrganisationType.values()).map(Enum::name).collect(Collectors.toSet());
        inCode.add(TeamMember.COUNTY);
        for (var where : Map.of(
                        EventType.TEAM_MEMBER_JOINED,
                        "/properties/member/properties/organisationType/enum",
                        EventType.PROFESSIONAL_CHANGED,
                        "/properties/organisationType/enum")
                .entrySet()) {
            Set<String> inSchema = new HashSet<>();
            read(where.getKey().schema()).at(where.getValue()).forEach(n -> inSchema.add(n.asText()));
            assertEquals(inCode, inSchema, where.getKey().name());
        }
        UUID professional = UUID.randomUUID();
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new TeamMember(professional, Profession.DOCTOR, "HOSPITAL"));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> new TeamAssembled(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        List.of(new TeamMember(professional, Profession.DOCTOR, TeamMember.COUNTY)),
                        UUID.randomUUID(),
                        java.time.Instant.now()));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> new ProfessionalChanged(
                        professional,
                        Profession.DOCTOR,
                        "HOSPITAL",
                        java.math.BigDecimal.ONE,
                        List.of(),
                        true,
                        java.time.Instant.now()));
    }

    @org.junit.jupiter.api.Test
    void ageGroupsCoverEveryAgeAndMatchTheSchema() throws IOException {
        assertEquals(AgeGroup.AGE_0_14, AgeGroup.of(0));
        assertEquals(AgeGroup.AGE_0_14, AgeGroup.of(14));
        assertEquals(AgeGroup.AGE_15_24, AgeGroup.of(15));
        assertEquals(AgeGroup.AGE_55_65, AgeGroup.of(65));
        assertEquals(AgeGroup.AGE_66_PLUS, AgeGroup.of(66));
        assertEquals(AgeGroup.AGE_66_PLUS, AgeGroup.of(120));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> AgeGroup.of(-1));
        Set<String> inSchema = new HashSet<>();
        read(EventType.REFERRAL_RECEIVED.schema())
                .at("/properties/ageGroup/enum")
                .forEach(n -> inSchema.add(n.asText()));
        assertEquals(Arrays.stream(AgeGroup.values()).map(Enum::name).collect(Collectors.toSet()), inSchema);
    }

    @org.junit.jupiter.api.Test
    void employmentReferralRequestSampleConformsAndTheSchemaGuardsItsRequiredFields() throws IOException {
        String file = Topics.EMPLOYMENT_REFERRAL_REQUESTS.replace("requests", "request") + ".json";
        JsonNode schemaJson = read("/fi/polku/events/schemas/" + file);
        JsonSchema schema = SCHEMAS.getSchema(schemaJson);
        ObjectNode sample = (ObjectNode) read("/fi/polku/events/samples/" + file);
        assertTrue(schema.validate(sample).isEmpty(), schema.validate(sample).toString());
        for (JsonNode required : schemaJson.get("required")) {
            ObjectNode broken = sample.deepCopy();
            broken.remove(required.asText());
            assertFalse(schema.validate(broken).isEmpty(), "missing " + required.asText());
        }
        ObjectNode withoutReasons = sample.deepCopy();
        withoutReasons.remove("reasons");
        assertFalse(schema.validate(withoutReasons).isEmpty(), "a referral needs its reasons");
        withoutReasons.put("requestType", "HEALTH_CHECK");
        assertTrue(schema.validate(withoutReasons).isEmpty(), "a health-check request needs none");
        assertFalse(
                schema.validate(withoutReasons.set("reasons", sample.get("reasons")))
                        .isEmpty(),
                "and has none");
        ObjectNode badCode = sample.deepCopy();
        ((ObjectNode) badCode.get("client")).put("identityCode", "010190/9123");
        assertFalse(schema.validate(badCode).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void everyTypeNameIsUnique() {
        assertEquals(
                EventType.ALL.size(),
                EventType.ALL.stream().map(EventType::name).distinct().count());
        assertEquals(
                EventType.REFERRAL_RECEIVED,
                EventType.byName("fi.polku.referral.received.v1").orElseThrow());
    }

    @org.junit.jupiter.api.Test
    void everyTypeAndTopicIsDocumented() throws IOException {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("polku-test.root", ".."))
                .resolve("docs/events.md"));
        for (EventType<?> type : EventType.ALL) {
            assertTrue(docs.contains("### `" + type.name() + "`"), type.name() + " is missing from docs/events.md");
            assertTrue(docs.contains("`" + type.topic() + "`"), type.topic() + " is missing from docs/events.md");
        }
    }

    private static JsonSchema schema(EventType<?> type) throws IOException {
        return SCHEMAS.getSchema(read(type.schema()));
    }

    private static ObjectNode sample(EventType<?> type) throws IOException {
        return (ObjectNode) read(type.sample());
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = EventType.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return JSON.readTree(in);
        }
    }
}
