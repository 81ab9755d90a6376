-- The rebuild (fi.polku.indicator.rebuild) fills the read model afresh in a schema beside the live one, then copies it
-- over. The service connects as a role that owns nothing and may not create schemas, so the schema is the owner's,
-- made here once; the service's role may create tables in it (and so own and drop them), and nothing more.
create schema if not exists indicator_rebuild;
grant usage, create on schema indicator_rebuild to ${service_role};

-- ANALYZE is the table owner's to run: after the rebuild has refilled a read-model table, the owner refreshes its
-- statistics for it (without them the planner guessed from the old rows until autovacuum came round).
create function read_model_analyze(table_name text) returns void
    language plpgsql security definer set search_path = pg_catalog, public as $$
begin
    if not exists (select 1 from pg_tables where schemaname = 'public' and tablename = table_name) then
        raise exception 'no table % in the read model', table_name using errcode = '42P01';
    end if;
    execute format('analyze public.%I', table_name);
end
$$;
revoke execute on function read_model_analyze(text) from public;
grant execute on function read_model_analyze(text) to ${service_role};
