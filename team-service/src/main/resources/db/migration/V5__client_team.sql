-- Each client's own team for an accepted pathway: members from the network, with their role in this case, and
-- exactly one client coordinator (asiakasvastaava) at any time — the partial unique index makes a second one
-- impossible whatever races. Members who leave stay, with when and why.
create table client_team (
    id           uuid primary key,
    pathway_id   uuid        not null unique,
    client_id    uuid        not null,
    assembled_at timestamptz not null
);

create table client_team_member (
    id              uuid primary key,
    client_team_id  uuid         not null references client_team (id),
    professional_id uuid         not null references professional (id),
    role_in_case    varchar(200),
    coordinator     boolean      not null,
    joined_at       timestamptz  not null,
    left_at         timestamptz,
    left_reason     varchar(30)
);
create unique index client_team_one_coordinator on client_team_member (client_team_id)
    where coordinator and left_at is null;
create unique index client_team_member_once on client_team_member (client_team_id, professional_id)
    where left_at is null;
create index client_team_member_professional on client_team_member (professional_id) where left_at is null;
