-- team-service's own read models of what referral-service decides: each pathway's state (a client's team is
-- assembled only for an open pathway, and frozen while it is closed), and each client's consent decisions (an
-- outside organisation's professional is on a client's team only while the consent for it is in force).
create table pathway (
    pathway_id uuid primary key,
    client_id  uuid         not null,
    status     varchar(10)  not null,
    area       varchar(100),
    team       varchar(100),
    opened_at  timestamptz  not null,
    closed_at  timestamptz
);
create index pathway_client on pathway (client_id);

create table consent_decision (
    consent_id  uuid primary key,
    client_id   uuid        not null,
    given       boolean     not null,
    valid_from  date        not null,
    valid_until date,
    recorded_at timestamptz not null
);
create index consent_decision_client on consent_decision (client_id, recorded_at);

create table consent_decision_type (
    consent_id        uuid        not null references consent_decision (consent_id),
    organisation_type varchar(30) not null,
    primary key (consent_id, organisation_type)
);
