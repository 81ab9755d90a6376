package fi.polku.team.consent;

import java.util.UUID;

/** A client's consent decisions changed here; fired in the transaction that kept the decision. */
public record ConsentChanged(UUID clientId) {}
