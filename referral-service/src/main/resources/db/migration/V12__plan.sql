-- The client's multi-agency plan per pathway: every change is a new version, none is overwritten.
create table plan_version (
    id          uuid primary key,
    pathway_id  uuid         not null references pathway (id),
    version     integer      not null check (version > 0),
    content     jsonb        not null,
    change_note varchar(1000),
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    unique (pathway_id, version)
);
