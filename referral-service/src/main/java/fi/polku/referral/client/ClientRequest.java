package fi.polku.referral.client;

import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClientRequest", description = "A client to register; the identity code is checked in full")
public record ClientRequest(
        @Schema(description = "Personal identity code (henkilötunnus)", example = "131052-308T") @NotBlank
        String identityCode,

        @NotNull @Valid ClientDetailsRequest details) {

    IdentityCode parsedIdentityCode() {
        return parse(identityCode);
    }

    /** The identity code, or a 400 naming the field and the rule it breaks. */
    static IdentityCode parse(String identityCode) {
        try {
            return IdentityCode.parse(identityCode);
        } catch (InvalidIdentityCodeException e) {
            throw new InvalidField("identityCode", e.getMessage());
        }
    }

    @Schema(name = "ClientDetails", description = "What may change about a client")
    public record ClientDetailsRequest(
            @Schema(example = "Matti Johannes") @NotBlank @Size(max = 200) @SingleLine
            String firstNames,

            @Schema(example = "Meikäläinen") @NotBlank @Size(max = 200) @SingleLine
            String lastName,

            @Schema(description = "Municipality code, 3 digits", example = "564") @MunicipalityCode
            String municipalityCode,

            @Schema(example = "fi") @NotNull Language preferredLanguage,

            @Schema(example = "+358 40 123 4567")
            @Size(max = 40)
            @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "must be a phone number")
            String phone,

            @Schema(example = "matti.meikalainen@example.fi") @Size(max = 254) @Email
            String email,

            @Schema(example = "Isokatu 1 A 2") @Size(max = 200) @SingleLine
            String streetAddress,

            @Schema(example = "90100") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit postal code")
            String postalCode,

            @Schema(example = "Oulu") @Size(max = 100) @SingleLine
            String postOffice,

            @Schema(
                    description = "Security ban (turvakielto): address and municipality never leave the county. "
                            + "Left out, it stays as it is (no ban for a new client).",
                    example = "false")
            Boolean securityBan) {

        ClientDetails toDetails() {
            return new ClientDetails(
                    firstNames,
                    lastName,
                    municipalityCode,
                    preferredLanguage,
                    phone,
                    email,
                    streetAddress,
                    postalCode,
                    postOffice,
                    securityBan);
        }
    }

    @Schema(name = "ClientSearch", description = "Find a client by exact identity code")
    public record Search(
            @Schema(example = "131052-308T") @NotBlank String identityCode) {

        IdentityCode parsedIdentityCode() {
            return parse(identityCode);
        }
    }
}
