-- The transactional outbox: a service writes its events here in the same transaction as its state
-- change; only the relay reads it and talks to Kafka. seq gives the publishing order.
create table outbox_event (
    seq          bigint generated always as identity primary key,
    id           uuid        not null unique,
    aggregate_id uuid        not null,
    topic        text        not null,
    type         text        not null,
    source       text        not null,
    occurred_at  timestamptz not null,
    payload      jsonb       not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);

create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
