-- What the test application's batch consumer handled, and in which order.
create table batch_referral (
    referral_id   uuid primary key,
    pathway_id    uuid    not null,
    handled_count integer not null,
    handled_order bigint  generated always as identity
);
