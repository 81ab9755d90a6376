-- Clients. The identity code is stored only encrypted (identity_code_sealed) and found by a keyed
-- hash (identity_code_lookup); every other service knows the client by id alone.
create table client (
    id                   uuid primary key,
    identity_code_sealed bytea        not null,
    identity_code_lookup bytea        not null unique,
    birth_date           date         not null,
    first_names          varchar(200) not null,
    last_name            varchar(200) not null,
    municipality_code    char(3),
    preferred_language   varchar(2)   not null,
    phone                varchar(40),
    email                varchar(254),
    street_address       varchar(200),
    postal_code          char(5),
    post_office          varchar(100),
    security_ban         boolean      not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);
