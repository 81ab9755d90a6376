-- Rebuilds of the indicator read model from the topics: who asked, how far it got, how it ended. At most one runs:
-- a second request while one is running and alive (its heartbeat fresh) is refused.
create table read_model_rebuild (
    id           uuid primary key,
    state        varchar(20)  not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    requested_by varchar(100) not null,
    started_at   timestamptz  not null,
    heartbeat_at timestamptz  not null,
    finished_at  timestamptz,
    events       bigint       not null default 0,
    error        varchar(500)
);
create unique index read_model_rebuild_one_running on read_model_rebuild ((true)) where state = 'RUNNING';
