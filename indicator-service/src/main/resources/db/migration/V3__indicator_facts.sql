-- The facts every indicator is counted from, one row per (event, indicator), and the pathways and referrals that
-- give them their dimensions. Facts from other services' topics may arrive before the pathway they concern, so
-- dimensions and durations are joined at query time, not copied at arrival.
create table pathway_dim (
    pathway_id        uuid primary key,
    area              varchar(100),
    team              varchar(100),
    municipality_code varchar(3),
    age_group         varchar(20),
    first_source      varchar(40),
    first_received_at timestamptz,
    opened_at         timestamptz
);

create table referral_dim (
    referral_id uuid primary key,
    pathway_id  uuid        not null,
    received_at timestamptz not null
);

create table indicator_fact (
    event_id          uuid         not null,
    indicator         varchar(60)  not null,
    pathway_id        uuid,
    referral_id       uuid,
    occurred_at       timestamptz  not null,
    detail            varchar(60),
    area              varchar(100),
    municipality_code varchar(3),
    age_group         varchar(20),
    source            varchar(40),
    score             numeric(4, 1),
    primary key (event_id, indicator)
);
create index indicator_fact_query on indicator_fact (indicator, occurred_at);

-- The newest event time applied, per consumer group: each answer says up to when its data is.
create table indicator_watermark (
    consumer_group varchar(100) primary key,
    applied_up_to  timestamptz  not null
);
