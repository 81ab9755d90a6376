package fi.polku.healthcheck.check;

import fi.polku.platform.rule.InvalidField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks Bean Validation cannot make: each code against its shipped set or its shape, and the fields that must
 * agree with each other. Every refusal is an InvalidField naming the field where the body has it: at the top of a
 * completion's record, under {@code record} in an amendment's.
 */
final class RecordRules {

    private static final Pattern SERVICE_TYPE = Pattern.compile("T\\d{2}");
    private static final Pattern SPAT = Pattern.compile("SPAT\\d{4}");
    private static final Set<String> CONTACT_TYPES =
            codes("/fi/polku/healthcheck/reference/avohilmo-contact-types.csv");

    private RecordRules() {}

    /** The rules of the record a check is completed with: the body is the record. */
    static void check(RecordContent content) {
        check(content, "");
    }

    /** The rules of an amendment's record, which its body nests under {@code record}. */
    static void checkAmendment(RecordContent content) {
        check(content, "record.");
    }

    private static void check(RecordContent content, String at) {
        RecordContent.Visit visit = content.visit();
        if (!SERVICE_TYPE.matcher(visit.serviceType()).matches()) {
            throw new InvalidField(at + "visit.serviceType", "must be an Avohilmo service type: T and two digits");
        }
        if (!CONTACT_TYPES.contains(visit.contactType())) {
            throw new InvalidField(
                    at + "visit.contactType",
                    "must be one of the contact types "
                            + CONTACT_TYPES.stream().sorted().toList());
        }
        if (!SPAT.matcher(visit.spatCode()).matches()) {
            throw new InvalidField(at + "visit.spatCode", "must be a SPAT code: SPAT and four digits");
        }
        if (!visit.reasonCodeSystem().fits(visit.reasonCode())) {
            throw new InvalidField(at + "visit.reasonCode", "is not a " + visit.reasonCodeSystem() + " code");
        }
        RecordContent.Screening screening = content.screening();
        if (screening != null
                && screening.bloodPressure() != null
                && screening.bloodPressure().diastolic()
                        >= screening.bloodPressure().systolic()) {
            throw new InvalidField(at + "screening.bloodPressure.diastolic", "must be below the systolic pressure");
        }
        if (screening != null
                && screening.bmi() != null
                && screening.bmi().stripTrailingZeros().scale() > 1) {
            throw new InvalidField(at + "screening.bmi", "has at most one decimal");
        }
        List<RecordContent.FollowUpItem> followUps = content.followUpItems();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < followUps.size(); i++) {
            if (!seen.add(followUps.get(i).followUp())) {
                throw new InvalidField(at + "followUps[" + i + "].followUp", "names a follow-up twice");
            }
        }
    }

    private static Set<String> codes(String resource) {
        Set<String> codes = new HashSet<>();
        try (InputStream in = RecordRules.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> codes.add(line.substring(0, line.indexOf(';'))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
