-- Calls per caller, endpoint and minute for @RateLimited endpoints, shared by every instance of the service so
-- that n replicas allow what one does. Unlogged: a window lost in a crash only forgives a minute's calls, and the
-- counters cost no WAL. Housekeeping deletes windows that have ended.
create unlogged table rate_limit_window (
    caller       text        not null,
    endpoint     text        not null,
    window_start timestamptz not null,
    calls        integer     not null,
    primary key (caller, endpoint, window_start)
);
