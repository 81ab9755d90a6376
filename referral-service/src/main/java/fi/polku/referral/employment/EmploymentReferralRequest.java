package fi.polku.referral.employment;

import fi.polku.events.LabourMarketStatus;
import fi.polku.events.OrganisationType;
import fi.polku.platform.validation.PlausibleDate;
import fi.polku.referral.client.Language;
import fi.polku.referral.client.MunicipalityCode;
import fi.polku.referral.referral.ReferralReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A request as an employment system sends it — a referral, or a health check for the unemployed; the published schema is
 * {@code /fi/polku/events/schemas/employment.referral-request.v1.json}. Never logged or echoed: it holds
 * the identity code and names.
 */
public record EmploymentReferralRequest(
        RequestType requestType,
        @NotBlank @Size(max = 100) String externalReference,
        @NotNull OrganisationType organisationType,
        @NotBlank @Size(max = 200) String referringOrganisation,
        @Size(max = 200) String referringPerson,
        @NotNull @Valid Person client,
        Set<@NotNull ReferralReason> reasons,
        @NotNull LabourMarketStatus labourMarketStatus,
        @PlausibleDate LocalDate unemployedSince,
        @Size(max = 100) String requestedArea,
        @Size(max = 4000) String freeText,
        @Valid Consent consent,
        @NotNull Instant sentAt) {

    /** The client as the employment system knows them. */
    public record Person(
            @NotBlank String identityCode,
            @NotBlank @Size(max = 200) String firstNames,
            @NotBlank @Size(max = 200) String lastName,
            @MunicipalityCode String municipalityCode,
            Language preferredLanguage) {

        @Override
        public String toString() {
            return "Person[withheld]";
        }
    }

    /** The client's consent, given at the employment office, to updates for the sender's organisation type. */
    public record Consent(
            @PlausibleDate @NotNull LocalDate validFrom,
            @PlausibleDate LocalDate validUntil) {}

    /** REFERRAL unless the sender says otherwise. */
    public RequestType type() {
        return requestType == null ? RequestType.REFERRAL : requestType;
    }

    @Override
    public String toString() {
        return "EmploymentReferralRequest[" + type() + " " + organisationType + " " + externalReference + "]";
    }
}
