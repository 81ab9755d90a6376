package fi.polku.referral.client;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.polku.platform.accesslog.ClientData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Client",
        description = "A registered client; the identity code is never returned",
        example = ClientView.EXAMPLE)
public record ClientView(
        @Schema(example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
        UUID id,

        @Schema(example = "1952-10-13") LocalDate birthDate,
        @Schema(example = "Matti Johannes") String firstNames,
        @Schema(example = "Meikäläinen") String lastName,
        @Schema(nullable = true, example = "564") String municipalityCode,
        @Schema(example = "fi") Language preferredLanguage,

        @Schema(nullable = true, example = "+358 40 123 4567")
        String phone,

        @Schema(nullable = true, example = "matti.meikalainen@example.fi")
        String email,

        @Schema(nullable = true, example = "Isokatu 1 A 2") String streetAddress,
        @Schema(nullable = true, example = "90100") String postalCode,
        @Schema(nullable = true, example = "Oulu") String postOffice,
        @Schema(example = "false") boolean securityBan,

        @Schema(nullable = true, description = "Who last changed the security ban", example = "p-1042")
        String securityBanChangedBy,

        @Schema(nullable = true, example = "2026-03-02T08:15:30Z")
        Instant securityBanChangedAt,

        @Schema(example = "2026-03-02T08:15:30Z") Instant createdAt,
        @Schema(example = "2026-03-02T08:15:30Z") Instant updatedAt)
        implements ClientData {

    static final String EXAMPLE = """
            {"id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "birthDate": "1952-10-13", "firstNames": "Matti Johannes",
             "lastName": "Meikäläinen", "municipalityCode": "564", "preferredLanguage": "fi",
             "phone": "+358 40 123 4567", "email": "matti.meikalainen@example.fi", "streetAddress": "Isokatu 1 A 2",
             "postalCode": "90100", "postOffice": "Oulu", "securityBan": false, "securityBanChangedBy": null,
             "securityBanChangedAt": null, "createdAt": "2026-03-02T08:15:30Z", "updatedAt": "2026-03-02T08:15:30Z"}""";

    @Override
    @JsonIgnore
    public UUID clientId() {
        return id;
    }

    static ClientView of(Client client) {
        ClientDetails d = client.details();
        return new ClientView(
                client.id,
                client.birthDate,
                d.firstNames(),
                d.lastName(),
                d.municipalityCode(),
                d.preferredLanguage(),
                d.phone(),
                d.email(),
                d.streetAddress(),
                d.postalCode(),
                d.postOffice(),
                d.securityBan(),
                client.securityBanChangedBy,
                client.securityBanChangedAt,
                client.createdAt,
                client.updatedAt);
    }
}
