-- Idempotency-Key on POST /api/v1/referrals: a caller's key maps to the referral its first request
-- created, with a digest of that request so that reusing the key for another request is detected.
create table referral_idempotency (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    request_digest  bytea        not null,
    referral_id     uuid         not null,
    created_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);
