package fi.polku.referral.employment;

import fi.polku.platform.inbox.UnprocessableRecordException;

/**
 * A referral request that breaks a rule; the record goes to the dead-letter topic with this message as
 * its reason. The message names fields and rules only, never a value: the request holds an identity code.
 */
public class RefusedRequestException extends UnprocessableRecordException {

    RefusedRequestException(String reason) {
        super(reason);
    }
}
