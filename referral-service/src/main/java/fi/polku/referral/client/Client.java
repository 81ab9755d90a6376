package fi.polku.referral.client;

import fi.polku.events.AgeGroup;
import fi.polku.platform.FinnishTime;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A person referred to work-ability support. */
@Entity
public class Client extends PanacheEntityBase {

    @Id
    UUID id;
    @Column(name = "identity_code_sealed")
    byte[] identityCodeSealed;
    @Column(name = "identity_code_lookup")
    byte[] identityCodeLookup;
    @Column(name = "birth_date")
    LocalDate birthDate;
    @Column(name = "first_names")
    String firstNames;
    @Column(name = "last_name")
    String lastName;
    @Column(name = "municipality_code", columnDefinition = "bpchar(3)")
    String municipalityCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language")
    Language preferredLanguage;
    String phone;
    String email;
    @Column(name = "street_address")
    String streetAddress;
    @Column(name = "postal_code", columnDefinition = "bpchar(5)")
    String postalCode;
    @Column(name = "post_office")
    String postOffice;
    @Column(name = "security_ban")
    boolean securityBan;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;


    protected Client() {
    }

    static Client register(IdentityCode code, byte[] sealed, byte[] lookup, ClientDetails details, Instant now) {
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.identityCodeSealed = sealed;
        client.identityCodeLookup = lookup;
        client.birthDate = code.birthDate();
        client.createdAt = now;
        client.update(details, now);
        return client;
    }

    /**
     * Replaces the changeable details; blank optional texts become absent. The security ban changes only when
     * the details say so: leaving it out keeps it.
     */
    void update(ClientDetails details, Instant now) {
        firstNames = details.firstNames().strip();
        lastName = details.lastName().strip();
        municipalityCode = blankToNull(details.municipalityCode());
        preferredLanguage = details.preferredLanguage();
        phone = blankToNull(details.phone());
        email = blankToNull(details.email());
        streetAddress = blankToNull(details.streetAddress());
        postalCode = blankToNull(details.postalCode());
        postOffice = blankToNull(details.postOffice());
        if (details.securityBan() != null) {
            securityBan = details.securityBan();
        }
        updatedAt = now;
    }

    /**
     * The municipality that may travel beyond referral-service: none under a security ban
     * (turvakielto), whose address and municipality never leave the county.
     */
    public String disclosableMunicipalityCode() {
        return securityBan ? null : municipalityCode;
    }

    /** The client's age band at {@code instant}, in Finnish time. */
    public AgeGroup ageGroupOn(Instant instant) {
        return AgeGroup.of(Period.between(birthDate, FinnishTime.dayOf(instant)).getYears());
    }

    public UUID id() {
        return id;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public ClientDetails details() {
        return new ClientDetails(firstNames, lastName, municipalityCode, preferredLanguage, phone, email,
                streetAddress, postalCode, postOffice, securityBan);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    byte[] identityCodeSealed() {
        return identityCodeSealed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
