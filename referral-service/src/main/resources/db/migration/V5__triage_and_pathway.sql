-- Triage: a referral is accepted onto a pathway, rejected with coded reasons, or waits for more
-- information. A pathway is one episode of support; a client has at most one open pathway.
create table pathway (
    id         uuid primary key,
    client_id  uuid         not null,
    type       varchar(40)  not null,
    area       varchar(100) not null,
    team       varchar(100),
    status     varchar(20)  not null,
    opened_at  timestamptz  not null
);

create unique index pathway_one_open_per_client on pathway (client_id) where status = 'OPEN';

alter table referral
    add column pathway_type          varchar(40),
    add column assigned_area         varchar(100),
    add column assigned_team         varchar(100),
    add column rejection_reason      varchar(40),
    add column redirection           varchar(40),
    add column triage_note           varchar(4000),
    add column information_requested varchar(4000),
    add column decided_at            timestamptz;
