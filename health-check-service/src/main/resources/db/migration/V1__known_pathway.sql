-- health-check-service's read model of the pathways referral-service opened: a health check is
-- always recorded against a known pathway and client.
create table known_pathway (
    pathway_id        uuid primary key,
    client_id         uuid        not null,
    first_source      varchar(40) not null,
    municipality_code char(3),
    first_referred_at timestamptz not null,
    referrals         integer     not null
);

create index known_pathway_client on known_pathway (client_id);
