package fi.polku.referral.employment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.EmploymentHealthCheckRequested;
import fi.polku.events.LabourMarketStatus;
import fi.polku.events.OrganisationType;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.persistence.NativeValues;
import fi.polku.platform.rule.RuleViolation;
import fi.polku.referral.client.Client;
import fi.polku.referral.client.ClientDetails;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.IdentityCode;
import fi.polku.referral.client.InvalidIdentityCodeException;
import fi.polku.referral.client.Language;
import fi.polku.referral.consent.ConsentService;
import fi.polku.referral.referral.NewReferral;
import fi.polku.referral.referral.Referral;
import fi.polku.referral.referral.ReferralService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Turns an employment system's request into a client, their consent and a referral — or, for a health check, into an
 * announcement for health-check-service, which knows clients only by id and never sees the identity code.
 */
@ApplicationScoped
public class EmploymentReferralService {

    private static final Logger LOG = Logger.getLogger(EmploymentReferralService.class);
    /** The organisations whose systems send requests on this channel; each refers as itself. */
    private static final Set<OrganisationType> SENDERS =
            Set.of(OrganisationType.EMPLOYMENT_SERVICES, OrganisationType.MUNICIPAL_EMPLOYMENT);

    static final String RECORDED_BY = "employment-integration";

    @Inject
    ClientService clients;

    @Inject
    ConsentService consents;

    @Inject
    OutboxWriter outbox;

    @Inject
    ReferralService referrals;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /**
     * Receives one request under the rules of {@code POST /api/v1/referrals}. The sender's
     * {@code (organisationType, externalReference)} is claimed first, so a repeat, even a concurrent one,
     * creates nothing.
     *
     * @return the referral, or empty for a request received before or a health-check request
     * @throws RefusedRequestException when the request breaks a rule; nothing is written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Referral> receive(String message) {
        EmploymentReferralRequest request = parse(message);
        IdentityCode code;
        try {
            code = IdentityCode.parse(request.client().identityCode());
        } catch (InvalidIdentityCodeException e) {
            throw new RefusedRequestException("client.identityCode: " + e.getMessage());
        }
        int claimed = em.createNativeQuery("""
                insert into employment_referral (organisation_type, external_reference, sent_at, received_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, request.organisationType().name())
                .setParameter(2, request.externalReference())
                .setParameter(3, request.sentAt())
                .setParameter(4, clock.instant())
                .executeUpdate();
        if (claimed == 0) {
            LOG.debugf("%s %s was received before", request.organisationType(), request.externalReference());
            return Optional.empty();
        }
        try {
            Client client = clients.lookupByIdentityCode(code).orElseGet(() -> register(code, request.client()));
            if (request.consent() != null) {
                consents.give(
                        client.id,
                        Set.of(request.organisationType()),
                        request.consent().validFrom(),
                        request.consent().validUntil(),
                        RECORDED_BY);
            }
            if (request.type() == RequestType.HEALTH_CHECK) {
                askForHealthCheck(request, client);
                return Optional.empty();
            }
            Referral referral = referrals
                    .receive(
                            new NewReferral(
                                    client.id,
                                    request.organisationType().referralSource(),
                                    request.referringOrganisation(),
                                    request.referringPerson(),
                                    request.requestedArea(),
                                    request.freeText(),
                                    request.reasons(),
                                    request.labourMarketStatus(),
                                    request.unemployedSince()),
                            Optional.of(request.organisationType()),
                            Optional.empty())
                    .referral();
            em.createNativeQuery("""
                    update employment_referral set referral_id = ?3, pathway_id = ?4, client_id = ?5
                    where organisation_type = ?1 and external_reference = ?2""")
                    .setParameter(1, request.organisationType().name())
                    .setParameter(2, request.externalReference())
                    .setParameter(3, referral.id)
                    .setParameter(4, referral.pathwayId)
                    .setParameter(5, client.id)
                    .executeUpdate();
            LOG.infof("%s %s became referral %s", request.organisationType(), request.externalReference(), referral.id);
            return Optional.of(referral);
        } catch (RuleViolation e) {
            throw new RefusedRequestException(e.getMessage());
        }
    }

    /** Passes a health-check request on, keyed by the client, with what the worklist needs and nothing more. */
    private void askForHealthCheck(EmploymentReferralRequest request, Client client) {
        Instant now = clock.instant();
        LocalDate since =
                request.labourMarketStatus() == LabourMarketStatus.UNEMPLOYED ? request.unemployedSince() : null;
        if (request.labourMarketStatus() == LabourMarketStatus.UNEMPLOYED && since == null) {
            throw new RefusedRequestException("unemployedSince: is required when labourMarketStatus is UNEMPLOYED");
        }
        EmploymentHealthCheckRequested asked = new EmploymentHealthCheckRequested(
                UUID.randomUUID(),
                client.id,
                request.organisationType(),
                client.disclosableMunicipalityCode(),
                request.labourMarketStatus(),
                since,
                now);
        outbox.append(asked, now);
        em.createNativeQuery("""
                update employment_referral set request_type = 'HEALTH_CHECK', health_check_request_id = ?3, client_id = ?4,
                    labour_market_status = ?5, unemployed_since = ?6
                where organisation_type = ?1 and external_reference = ?2""")
                .setParameter(1, request.organisationType().name())
                .setParameter(2, request.externalReference())
                .setParameter(3, asked.requestId())
                .setParameter(4, client.id)
                .setParameter(5, request.labourMarketStatus().name())
                .setParameter(6, since)
                .executeUpdate();
        LOG.infof(
                "%s %s asked for a health check: request %s",
                request.organisationType(), request.externalReference(), asked.requestId());
    }

    /** The labour-market status of the client's latest health-check request from an employment system, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LabourStatus> latestHealthCheckRequest(UUID clientId) {
        List<?> rows = em.createNativeQuery("""
                select labour_market_status, unemployed_since from employment_referral
                where client_id = ?1 and request_type = 'HEALTH_CHECK' and labour_market_status is not null
                order by received_at desc limit 1""").setParameter(1, clientId).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new LabourStatus(LabourMarketStatus.valueOf((String) r[0]), NativeValues.day(r[1])))
                .findFirst();
    }

    /** A labour-market status and, for the unemployed, since when. */
    public record LabourStatus(LabourMarketStatus status, LocalDate unemployedSince) {}

    private Client register(IdentityCode code, EmploymentReferralRequest.Person person) {
        Language language = person.preferredLanguage() == null ? Language.fi : person.preferredLanguage();
        return clients.register(
                code,
                new ClientDetails(
                        person.firstNames(),
                        person.lastName(),
                        person.municipalityCode(),
                        language,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false),
                "employment-request");
    }

    private EmploymentReferralRequest parse(String message) {
        if (message == null) {
            throw new RefusedRequestException("request: the record has no value");
        }
        EmploymentReferralRequest request;
        try {
            request = json.readValue(message, EmploymentReferralRequest.class);
        } catch (JsonMappingException e) {
            // The exception's own message may quote the value; name only where it failed.
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw new RefusedRequestException((path.isEmpty() ? "request" : path) + ": is not a valid value");
        } catch (JsonProcessingException e) {
            throw new RefusedRequestException("request: is not valid JSON");
        }
        if (request == null) {
            throw new RefusedRequestException("request: must be a JSON object");
        }
        Set<ConstraintViolation<EmploymentReferralRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new RefusedRequestException(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        if (!SENDERS.contains(request.organisationType())) {
            throw new RefusedRequestException("organisationType: must be EMPLOYMENT_SERVICES or MUNICIPAL_EMPLOYMENT");
        }
        boolean reasons = request.reasons() != null && !request.reasons().isEmpty();
        if (request.type() == RequestType.REFERRAL && !reasons) {
            throw new RefusedRequestException("reasons: must name at least one reason for a referral");
        }
        if (request.type() == RequestType.HEALTH_CHECK && reasons) {
            throw new RefusedRequestException("reasons: a health-check request gives none");
        }
        return request;
    }
}
