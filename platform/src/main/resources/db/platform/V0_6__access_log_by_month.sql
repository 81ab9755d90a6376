-- The access and disclosure log, partitioned by month of logged_at (UTC), so that reading a month or a year touches
-- only its partitions and the oldest can be archived and dropped once their retention has passed, without ever
-- deleting a row. Retention: 12 years from the entry, the period set for access and disclosure log data of social
-- and health care client data (act 703/2023 on the processing of client data; docs/security.md). Append-only as
-- before: the row trigger on the partitioned table is cloned to every partition, the truncate trigger is added to
-- each partition as it is made, and the services' roles own none of them, so they can neither drop, detach nor
-- disable anything. Partitions are made twelve months ahead, here and by housekeeping through
-- access_log_prepare_partitions(). access_log_drop_expired() drops only whole months past the retention, and only
-- its owner may run it: the yearly archive-and-drop is an operator's act (docs/operations.md), never a service's.
alter table access_log rename to access_log_unpartitioned;
alter index access_log_client rename to access_log_unpartitioned_client;
alter index access_log_actor rename to access_log_unpartitioned_actor;
alter index access_log_logged_brin rename to access_log_unpartitioned_logged_brin;

create sequence access_log_entry_seq as bigint;

create table access_log (
    id                bigint      not null default nextval('access_log_entry_seq'),
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
    recipient         text,
    primary key (logged_at, id)
) partition by range (logged_at);

alter sequence access_log_entry_seq owned by access_log.id;

create index access_log_client on access_log (client_id, logged_at);
create index access_log_actor on access_log (actor_id, logged_at);

create trigger access_log_no_change before update or delete on access_log
    for each row execute function access_log_is_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_is_append_only();

-- Makes the partitions of the months from the current one (UTC) to months_ahead after it that do not exist yet;
-- returns how many it made. Security definer: the services call it as roles that cannot create tables.
create function access_log_prepare_partitions(months_ahead integer) returns integer
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    first_month date := date_trunc('month', now() at time zone 'UTC')::date;
    month date;
    name text;
    made integer := 0;
begin
    if months_ahead < 0 or months_ahead > 24 then
        raise exception 'months_ahead must be 0–24, not %', months_ahead;
    end if;
    for i in 0..months_ahead loop
        month := first_month + make_interval(months => i);
        name := 'access_log_' || to_char(month, 'YYYY_MM');
        if to_regclass('public.' || name) is null then
            begin
                execute format('create table public.%I partition of public.access_log for values from (%L) to (%L)',
                               name, month::timestamp at time zone 'UTC',
                               (month + interval '1 month')::timestamp at time zone 'UTC');
                execute format('create trigger access_log_no_truncate before truncate on public.%I '
                               'for each statement execute function public.access_log_is_append_only()', name);
                made := made + 1;
            exception when duplicate_table then
                -- Another instance made this month's partition meanwhile: it is there, which is all that is needed.
                null;
            end;
        end if;
    end loop;
    return made;
end
$$;

-- Drops the partitions whose whole month ended more than the retention ago; returns their names. Nothing younger is
-- ever touched, and no row is deleted: a month leaves whole, after its archive copy (docs/operations.md).
create function access_log_drop_expired() returns setof text
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    partition record;
    cutoff timestamptz := now() - interval '12 years';
begin
    for partition in
        select c.relname, to_date(substring(c.relname from 'access_log_(\d{4}_\d{2})$'), 'YYYY_MM') as month
        from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'public.access_log'::regclass
    loop
        if partition.month is not null
           and (partition.month + interval '1 month')::timestamp at time zone 'UTC' <= cutoff then
            execute format('drop table public.%I', partition.relname);
            return next partition.relname;
        end if;
    end loop;
end
$$;
revoke execute on function access_log_drop_expired() from public;

-- The months the existing entries fall in, and twelve ahead; then the entries move over with their ids.
do $$
declare
    oldest date := coalesce((select date_trunc('month', min(logged_at) at time zone 'UTC')::date
                             from access_log_unpartitioned),
                            date_trunc('month', now() at time zone 'UTC')::date);
    month date := oldest;
begin
    while month < date_trunc('month', now() at time zone 'UTC')::date loop
        execute format('create table access_log_%s partition of access_log for values from (%L) to (%L)',
                       to_char(month, 'YYYY_MM'), month::timestamp at time zone 'UTC',
                       (month + interval '1 month')::timestamp at time zone 'UTC');
        execute format('create trigger access_log_no_truncate before truncate on access_log_%s '
                       'for each statement execute function access_log_is_append_only()', to_char(month, 'YYYY_MM'));
        month := month + interval '1 month';
    end loop;
end
$$;
select access_log_prepare_partitions(12);

insert into access_log (id, logged_at, kind, actor_id, actor_roles, organisation_type, purpose, action, resource,
                        status, client_id, recipient)
select id, logged_at, kind, actor_id, actor_roles, organisation_type, purpose, action, resource, status, client_id,
       recipient
from access_log_unpartitioned;
select setval('access_log_entry_seq', coalesce((select max(id) from access_log_unpartitioned), 0) + 1, false);
drop table access_log_unpartitioned;
