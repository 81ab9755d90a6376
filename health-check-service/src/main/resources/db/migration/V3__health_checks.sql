-- Clients as health checks need them, from pathway.referral.v1: where they live and whether and since when they are
-- unemployed. The worklist is read from here.
create table known_client (
    client_id            uuid primary key,
    municipality_code    char(3),
    area                 varchar(100),
    labour_market_status varchar(30),
    unemployed_since     date,
    latest_pathway_id    uuid,
    as_of                timestamptz not null
);
create index known_client_unemployed on known_client (unemployed_since) where labour_market_status = 'UNEMPLOYED';

-- A health check for the unemployed, from request to completion. A client has at most one check requested or booked.
create table health_check (
    id                  uuid primary key,
    client_id           uuid         not null,
    pathway_id          uuid,
    status              varchar(20)  not null,
    requested_by        varchar(30)  not null,
    requested_by_actor  varchar(200) not null,
    requested_at        timestamptz  not null,
    appointment_at      timestamptz,
    unit                varchar(200),
    professional        varchar(200),
    remote              boolean,
    cancellation_reason varchar(30),
    ended_at            timestamptz,
    completed_at        timestamptz
);
create unique index health_check_one_active on health_check (client_id) where status in ('REQUESTED', 'BOOKED');
create index health_check_client on health_check (client_id, requested_at);
create index health_check_completed on health_check (client_id, completed_at) where status = 'COMPLETED';

-- What a completed check recorded, structured. Never updated: a correction is a new version that names the one it
-- amends and why, so the original stays readable.
create table health_check_record (
    id                    uuid primary key,
    health_check_id       uuid          not null references health_check (id),
    version               int           not null check (version >= 1),
    amendment_reason      varchar(2000),
    service_type          varchar(3)    not null,
    contact_type          varchar(3)    not null,
    spat_code             varchar(8)    not null,
    reason_code_system    varchar(10)   not null,
    reason_code           varchar(10)   not null,
    work_ability_score    int           not null check (work_ability_score between 0 and 10),
    physical_health       varchar(30)   not null,
    physical_health_note  varchar(2000),
    mental_health         varchar(30)   not null,
    mental_health_note    varchar(2000),
    substance_use         varchar(30)   not null,
    substance_use_note    varchar(2000),
    functional_ability    varchar(30)   not null,
    functional_ability_note varchar(2000),
    social_situation      varchar(30)   not null,
    social_situation_note varchar(2000),
    audit_c               int           check (audit_c between 0 and 12),
    phq9                  int           check (phq9 between 0 and 27),
    blood_pressure_systolic  int        check (blood_pressure_systolic between 60 and 260),
    blood_pressure_diastolic int        check (blood_pressure_diastolic between 30 and 160),
    bmi                   numeric(4, 1) check (bmi between 10 and 80),
    assessment            varchar(30)   not null,
    note                  varchar(4000),
    recorded_by           varchar(200)  not null,
    recorded_at           timestamptz   not null,
    unique (health_check_id, version),
    check ((version = 1) = (amendment_reason is null))
);

-- Follow-ups a check led to, each with who is responsible; open until closed with a result.
create table follow_up (
    id              uuid primary key,
    health_check_id uuid         not null references health_check (id),
    client_id       uuid         not null,
    pathway_id      uuid,
    follow_up       varchar(40)  not null,
    responsible     varchar(200) not null,
    area            varchar(100),
    opened_at       timestamptz  not null,
    result          varchar(30),
    closed_at       timestamptz,
    check ((result is null) = (closed_at is null))
);
create index follow_up_open on follow_up (responsible, opened_at) where closed_at is null;
create unique index follow_up_once on follow_up (health_check_id, follow_up) where closed_at is null;

-- Work-ability statements (työkykylausunnot): counted by purpose and by who writes them.
create table work_ability_statement (
    id                uuid primary key,
    client_id         uuid          not null,
    pathway_id        uuid,
    purpose           varchar(40)   not null,
    conclusion        varchar(40)   not null,
    author_profession varchar(40)   not null,
    author            varchar(200)  not null,
    written_on        date          not null,
    text              varchar(8000),
    recorded_by       varchar(200)  not null,
    recorded_at       timestamptz   not null
);
create index work_ability_statement_client on work_ability_statement (client_id, written_on);
create index work_ability_statement_written on work_ability_statement (written_on);
