-- The client's consent decisions: append-only, so what was in force on any day can be derived later.
create table consent_decision (
    id          uuid primary key,
    client_id   uuid         not null references client (id),
    kind        varchar(20)  not null check (kind in ('GIVEN', 'WITHDRAWN')),
    valid_from  date         not null,
    valid_until date check (valid_until >= valid_from),
    recorded_by varchar(200) not null,
    recorded_at timestamptz  not null,
    check (kind = 'GIVEN' or valid_until is null)
);

create index consent_decision_client on consent_decision (client_id, recorded_at);

create table consent_decision_organisation (
    decision_id       uuid        not null references consent_decision (id),
    organisation_type varchar(50) not null,
    primary key (decision_id, organisation_type)
);
