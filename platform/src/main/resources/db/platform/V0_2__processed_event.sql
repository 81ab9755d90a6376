-- Idempotent consumers: a consumer claims an event id here, in the same transaction as its read-model
-- update, before it does the work; a redelivered event finds its claim and does nothing.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
