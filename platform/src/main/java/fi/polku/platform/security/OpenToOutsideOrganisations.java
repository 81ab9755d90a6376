package fi.polku.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint (method or class) that a professional or system of an outside organisation may call with the roles it
 * may hold ({@link Organisation#mayHold}): reading a client's pathway under consent, recording their own contacts,
 * sending a referral as their own organisation. Everything else is the county's own act — consent decisions, the
 * client's details, composing a client team, the plan, triage — and answers an outside organisation 403
 * ({@link OutsideOrganisations}): closed unless opened here.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenToOutsideOrganisations {}
