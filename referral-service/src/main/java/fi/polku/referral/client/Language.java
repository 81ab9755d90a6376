package fi.polku.referral.client;

/** The client's preferred language for letters and contacts. */
public enum Language {
    fi,
    sv,
    en
}
