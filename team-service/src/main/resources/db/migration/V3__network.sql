-- The professional network: the county's standing work-ability teams (and its competence centre, a team others
-- consult) and the professionals who work in them, from the county and from outside organisations.
create table standing_team (
    id         uuid primary key,
    name       varchar(200) not null,
    kind       varchar(30)  not null,
    area       varchar(100) not null,
    active     boolean      not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);
create unique index standing_team_name on standing_team (lower(name));

create table standing_team_sote_centre (
    team_id    uuid         not null references standing_team (id),
    sote_centre varchar(200) not null,
    primary key (team_id, sote_centre)
);

create table standing_team_municipality (
    team_id           uuid    not null references standing_team (id),
    municipality_code char(3) not null,
    primary key (team_id, municipality_code)
);

create table professional (
    id                  uuid primary key,
    name                varchar(200) not null,
    profession          varchar(40)  not null,
    organisation_type   varchar(30)  not null,
    organisation_name   varchar(200),
    social_welfare      boolean      not null,
    fte                 numeric(3, 2) not null check (fte >= 0 and fte <= 1),
    active              boolean      not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);

create table professional_team (
    professional_id uuid not null references professional (id),
    team_id         uuid not null references standing_team (id),
    primary key (professional_id, team_id)
);
create index professional_team_team on professional_team (team_id);
