-- The network's standing teams, from team-service's registry.team.v1: triage assigns a pathway to one of them by id.
create table known_team (
    team_id    uuid primary key,
    name       varchar(200) not null,
    kind       varchar(30)  not null,
    area       varchar(100) not null,
    active     boolean      not null,
    changed_at timestamptz  not null
);

-- The team by id from now on; the name stays, also on referrals and pathways from before teams had ids.
alter table referral add column assigned_team_id uuid;
alter table pathway add column team_id uuid;
