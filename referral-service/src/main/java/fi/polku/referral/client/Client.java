package fi.polku.referral.client;

import fi.polku.events.AgeGroup;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.rule.NotAllowed;
import fi.polku.platform.validation.Text;
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
    public UUID id;

    // Only re-keying changes how the code is stored, in SQL of its own (IdentityCodeRekeying); an update of the
    // client's details must not write back what it read before a re-keying committed.
    @Column(name = "identity_code_sealed", updatable = false)
    byte[] identityCodeSealed;

    @Column(name = "identity_code_lookup", updatable = false)
    byte[] identityCodeLookup;

    @Column(updatable = false)
    int identityCodeKeyVersion;

    public LocalDate birthDate;

    String firstNames;

    String lastName;

    @Column(name = "municipality_code", columnDefinition = "bpchar(3)")
    String municipalityCode;

    @Enumerated(EnumType.STRING)
    Language preferredLanguage;

    String phone;
    String email;

    String streetAddress;

    @Column(name = "postal_code", columnDefinition = "bpchar(5)")
    String postalCode;

    String postOffice;

    boolean securityBan;

    /** Who last changed the security ban, and when; absent while it has never been set. */
    public String securityBanChangedBy;

    public Instant securityBanChangedAt;

    public Instant createdAt;

    public Instant updatedAt;

    protected Client() {}

    static Client register(
            IdentityCode code, IdentityCodeProtector.Sealed sealed, ClientDetails details, String by, Instant now) {
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.identityCodeSealed = sealed.sealed();
        client.identityCodeLookup = sealed.lookup();
        client.identityCodeKeyVersion = sealed.keyVersion();
        client.birthDate = code.birthDate();
        client.createdAt = now;
        client.update(details, new Change(by, true), now);
        return client;
    }

    /**
     * Who changes a client's details, and whether they may change the security ban: lowering it wrongly publishes
     * where the person lives, so only a privileged role may change it, and who did is kept on the client.
     */
    record Change(String by, boolean mayChangeSecurityBan) {}

    /**
     * Replaces the changeable details; blank optional texts become absent. The security ban changes only when
     * the details say so: leaving it out keeps it.
     */
    void update(ClientDetails details, Change change, Instant now) {
        boolean banChanges = details.securityBan() != null && details.securityBan() != securityBan;
        if (banChanges && !change.mayChangeSecurityBan()) {
            throw new NotAllowed("securityBan: only a referral handler or a team admin of the county "
                    + "may change a security ban");
        }
        firstNames = details.firstNames().strip();
        lastName = details.lastName().strip();
        municipalityCode = Text.stripToNull(details.municipalityCode());
        preferredLanguage = details.preferredLanguage();
        phone = Text.stripToNull(details.phone());
        email = Text.stripToNull(details.email());
        streetAddress = Text.stripToNull(details.streetAddress());
        postalCode = Text.stripToNull(details.postalCode());
        postOffice = Text.stripToNull(details.postOffice());
        if (banChanges) {
            securityBan = details.securityBan();
            securityBanChangedBy = change.by();
            securityBanChangedAt = now;
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

    public ClientDetails details() {
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

    IdentityCode identityCode(IdentityCodeProtector protector) {
        return protector.open(identityCodeKeyVersion, identityCodeSealed);
    }
}
