-- team-service's read model of received referrals: the intake a team picks its clients from.
create table intake_referral (
    referral_id       uuid primary key,
    pathway_id        uuid        not null,
    client_id         uuid        not null,
    source            varchar(40) not null,
    municipality_code char(3),
    requested_area    varchar(100),
    received_at       timestamptz not null
);

create index intake_referral_order on intake_referral (received_at, referral_id);
create index intake_referral_area on intake_referral (lower(requested_area));
