package fi.polku.referral.pathway;

import fi.polku.events.ServiceShortfallReason;
import java.util.UUID;

/**
 * A pathway about to close, fired inside the closing transaction before its {@code pathway.closed} is written, so
 * that what still runs under it (the client's service referrals) is ended with it or refuses the close. An event
 * rather than a call: the features that belong to a pathway depend on it, never the other way round.
 *
 * @param openServicesReason why services still planned or started end with the pathway; null when none may
 * @param employed for supported employment (IPS) still running: whether the client found work; null otherwise
 */
public record PathwayClosing(UUID pathwayId, ServiceShortfallReason openServicesReason, Boolean employed) {}
