-- The network's professionals, from team-service's registry.team.v1: which standing teams each acts for, which is
-- what decides whose pathways they see (the token's word is not taken for it). No names: the registry topic carries
-- none.
create table known_professional (
    professional_id   uuid primary key,
    profession        varchar(50) not null,
    organisation_type varchar(30) not null,
    active            boolean     not null,
    changed_at        timestamptz not null
);

create table known_professional_team (
    professional_id uuid not null references known_professional (professional_id) on delete cascade,
    team_id         uuid not null,
    primary key (professional_id, team_id)
);
