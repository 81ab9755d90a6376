-- The pathway timeline's read model, built from the bus (own, team and health-check events).
create table timeline_entry (
    event_id    uuid primary key,
    seq         bigserial    not null,
    pathway_id  uuid         not null,
    type        varchar(100) not null,
    source      varchar(200) not null,
    occurred_at timestamptz  not null,
    facts       jsonb        not null
);

create index timeline_entry_pathway on timeline_entry (pathway_id, occurred_at, seq);
