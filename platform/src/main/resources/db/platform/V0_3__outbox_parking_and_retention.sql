-- The relay parks a row that the broker keeps refusing for a reason of its own (too large, topic unknown or
-- not authorised), so other keys go on; the same key waits behind it, its order first.
alter table outbox_event add column parked_at timestamptz;

drop index outbox_event_unpublished;
create index outbox_event_pending on outbox_event (seq) where published_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (aggregate_id) where published_at is null and parked_at is not null;

-- Housekeeping deletes published rows and old claims by age; both tables grow in time order, which a BRIN
-- index summarises for almost nothing on the write path.
create index outbox_event_occurred_brin on outbox_event using brin (occurred_at);
create index processed_event_processed_brin on processed_event using brin (processed_at);
