-- The log of every use of a client's personal or health data (reads included) and of every disclosure, as act
-- 703/2023 requires of a service that holds client data. Append-only: the triggers refuse UPDATE, DELETE and
-- TRUNCATE to every database user, the service's own included, so a compromised service cannot rewrite history.
-- Kept for the legal period: nothing in Polku deletes from it (see docs/security.md).
create table access_log (
    id                bigint generated always as identity primary key,
    logged_at         timestamptz not null default clock_timestamp(),
    kind              text        not null check (kind in ('USE', 'DISCLOSURE')),
    actor_id          text        not null,
    actor_roles       text        not null,
    organisation_type text        not null,
    purpose           text        not null,
    action            text        not null,
    resource          text        not null,
    status            integer,
    client_id         uuid,
    recipient         text
);

create index access_log_client on access_log (client_id, logged_at);
create index access_log_actor on access_log (actor_id, logged_at);
create index access_log_logged_brin on access_log using brin (logged_at);

create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger access_log_no_change before update or delete on access_log
    for each row execute function access_log_is_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_is_append_only();
