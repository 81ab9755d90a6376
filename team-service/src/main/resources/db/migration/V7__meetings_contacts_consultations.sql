-- What happens in a client's team: its meetings (with coded decisions), the professionals' contacts with the client
-- (POHDE counts the client coordinator's), consultations with the work-ability coordinator or the competence centre,
-- and referrals to the competence centre. Free texts stay here; the bus carries codes.
create table team_meeting (
    id              uuid primary key,
    pathway_id      uuid          not null references pathway (pathway_id),
    client_team_id  uuid          not null references client_team (id),
    held_on         date          not null,
    format          varchar(20)   not null,
    client_present  boolean       not null,
    next_meeting_on date,
    summary         varchar(4000),
    recorded_by     varchar(200)  not null,
    recorded_at     timestamptz   not null,
    check (next_meeting_on is null or next_meeting_on > held_on)
);
create index team_meeting_pathway on team_meeting (pathway_id, held_on);

create table team_meeting_attendee (
    meeting_id      uuid not null references team_meeting (id),
    professional_id uuid not null references professional (id),
    primary key (meeting_id, professional_id)
);

create table team_meeting_decision (
    meeting_id uuid        not null references team_meeting (id),
    decision   varchar(40) not null,
    primary key (meeting_id, decision)
);

create table client_contact (
    id               uuid primary key,
    pathway_id       uuid         not null references pathway (pathway_id),
    client_team_id   uuid         not null references client_team (id),
    professional_id  uuid         not null references professional (id),
    kind             varchar(20)  not null,
    duration_minutes int          not null check (duration_minutes between 1 and 480),
    contact_on       date         not null,
    by_coordinator   boolean      not null,
    recorded_by      varchar(200) not null,
    recorded_at      timestamptz  not null
);
create index client_contact_pathway on client_contact (pathway_id, contact_on);
create index client_contact_professional on client_contact (professional_id, contact_on);

create table consultation (
    id              uuid primary key,
    pathway_id      uuid          not null references pathway (pathway_id),
    client_id       uuid          not null,
    consulted       varchar(40)   not null,
    topic           varchar(40)   not null,
    question        varchar(4000) not null,
    requested_by    varchar(200)  not null,
    requested_at    timestamptz   not null,
    answer_summary  varchar(4000),
    answered_by     uuid          references professional (id),
    answered_at     timestamptz,
    check ((answer_summary is null) = (answered_at is null) and (answered_by is null) = (answered_at is null))
);
create index consultation_pathway on consultation (pathway_id, requested_at);
create index consultation_open on consultation (consulted, requested_at) where answered_at is null;

-- A pathway is referred to the competence centre at most once: the centre then takes part in it.
create table competence_centre_referral (
    id          uuid primary key,
    pathway_id  uuid          not null unique references pathway (pathway_id),
    client_id   uuid          not null,
    topic       varchar(40)   not null,
    reason      varchar(4000) not null,
    referred_by varchar(200)  not null,
    referred_at timestamptz   not null
);
create index competence_centre_referral_time on competence_centre_referral (referred_at);
