-- Closing a pathway with an outcome and the client's feedback; reopening is recorded, never silent.
alter table pathway
    add column outcome        varchar(50),
    add column feedback_score integer check (feedback_score between 1 and 5),
    add column feedback_text  varchar(4000),
    add column closed_at      timestamptz;

create table pathway_reopening (
    id                uuid primary key,
    pathway_id        uuid         not null references pathway (id),
    previous_outcome  varchar(50)  not null,
    previous_closed_at timestamptz not null,
    reason            varchar(4000) not null,
    reopened_by       varchar(200) not null,
    reopened_at       timestamptz  not null
);

create index pathway_reopening_pathway on pathway_reopening (pathway_id, reopened_at);
