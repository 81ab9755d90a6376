-- The network's registry as it was over time, from registry.team.v1: every version of each standing team and each
-- professional, so that the staff resources can be read at the end of any period, not only as they are now.
create table team_version (
    team_id    uuid         not null,
    changed_at timestamptz  not null,
    name       varchar(200) not null,
    area       varchar(100) not null,
    active     boolean      not null,
    primary key (team_id, changed_at)
);

create table professional_version (
    professional_id   uuid          not null,
    changed_at        timestamptz   not null,
    profession        varchar(40)   not null,
    organisation_type varchar(30)   not null,
    fte               numeric(3, 2) not null,
    team_ids          uuid[]        not null,
    active            boolean       not null,
    primary key (professional_id, changed_at)
);
