-- A referral into work-ability support. pathway_id is the episode of support it belongs to; it is the
-- key of every event about that episode.
create table referral (
    id                     uuid primary key,
    pathway_id             uuid         not null,
    client_id              uuid         not null,
    source                 varchar(40)  not null,
    referring_organisation varchar(200) not null,
    referring_person       varchar(200),
    municipality_code      char(3),
    requested_area         varchar(100),
    free_text              varchar(4000),
    status                 varchar(30)  not null,
    received_at            timestamptz  not null
);

create index referral_client on referral (client_id);
create index referral_received_at on referral (received_at);
