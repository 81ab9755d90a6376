package fi.polku.referral.referral;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What receiving a referral answers: the referral itself to the county's own professionals, a receipt to everyone
 * else (an employment system, an outside organisation), who learns nothing about the person.
 */
@Schema(
        name = "ReferralOrReceipt",
        description = "The referral for the county's professionals, a receipt for anyone else",
        oneOf = {ReferralView.class, ReferralResource.Receipt.class})
public sealed interface ReferralOrReceipt permits ReferralView, ReferralResource.Receipt {}
