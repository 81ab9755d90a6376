-- Referral requests from TE and municipal employment systems, by the sender's own reference: the claim
-- that makes a repeated request create nothing, and the link that pathway updates quote back.
create table employment_referral (
    organisation_type  varchar(30)  not null,
    external_reference varchar(100) not null,
    sent_at            timestamptz  not null,
    received_at        timestamptz  not null,
    referral_id        uuid references referral (id),
    pathway_id         uuid,
    client_id          uuid references client (id),
    accepted_at        timestamptz,
    primary key (organisation_type, external_reference)
);

create index employment_referral_pathway on employment_referral (pathway_id) where accepted_at is not null;
create unique index employment_referral_referral on employment_referral (referral_id);
