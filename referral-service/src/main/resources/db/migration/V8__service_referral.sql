-- Services the client is referred to during a pathway: planned, started, ended with a result.
create table service_referral (
    id            uuid primary key,
    pathway_id    uuid         not null references pathway (id),
    client_id     uuid         not null references client (id),
    service_type  varchar(50)  not null,
    provider      varchar(200),
    planned_start date,
    status        varchar(20)  not null check (status in ('PLANNED', 'STARTED', 'ENDED')),
    started_on    date,
    ended_on      date check (ended_on >= started_on),
    result        varchar(20),
    reason        varchar(50),
    employed      boolean,
    planned_by    varchar(200) not null,
    planned_at    timestamptz  not null,
    check ((status = 'ENDED') = (result is not null and ended_on is not null)),
    check (status = 'PLANNED' or started_on is not null or result = 'NOT_REALISED')
);

create index service_referral_pathway on service_referral (pathway_id, planned_at);
