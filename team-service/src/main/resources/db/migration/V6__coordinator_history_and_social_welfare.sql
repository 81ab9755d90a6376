-- Social Welfare Act §42: when the client is a social-welfare client, the team names the client's social worker
-- (omatyöntekijä), a county social-welfare professional who is on the team. Recorded here, on the client's team,
-- because the team is where it is known and needed; it does not travel on the bus.
alter table client_team
    add column social_welfare_client  boolean not null default false,
    add column named_social_worker_id uuid references professional (id),
    add constraint client_team_named_social_worker check (social_welfare_client = (named_social_worker_id is not null));

-- Every change of client coordinator is an explicit act, kept with who made it.
create table coordinator_change (
    id                       uuid primary key,
    client_team_id           uuid         not null references client_team (id),
    previous_coordinator_id  uuid         references professional (id),
    coordinator_id           uuid         not null references professional (id),
    changed_at               timestamptz  not null,
    changed_by               varchar(200) not null
);
create index coordinator_change_team on coordinator_change (client_team_id, changed_at);
