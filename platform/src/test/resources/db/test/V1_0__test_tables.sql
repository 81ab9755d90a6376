create table note (
    id   uuid primary key,
    text text not null
);

create table received_referral (
    referral_id   uuid primary key,
    pathway_id    uuid    not null,
    event_id      uuid    not null,
    handled_count integer not null
);
