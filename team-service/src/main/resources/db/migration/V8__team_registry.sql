-- The standing teams are published on registry.team.v1 (keyed by team) whenever they are added or changed; the teams
-- that exist already are published here, once, through the outbox like every event, so referral-service's triage
-- knows them too.
insert into outbox_event (id, aggregate_id, topic, type, source, occurred_at, payload)
select gen_random_uuid(), t.id, 'registry.team.v1', 'fi.polku.network.standing-team-changed.v1',
       '/polku/team-service', t.updated_at,
       jsonb_build_object(
           'teamId', t.id, 'name', t.name, 'kind', t.kind, 'area', t.area,
           'soteCentres', coalesce((select jsonb_agg(s.sote_centre order by s.sote_centre)
                                    from standing_team_sote_centre s where s.team_id = t.id), '[]'::jsonb),
           'municipalityCodes', coalesce((select jsonb_agg(m.municipality_code order by m.municipality_code)
                                          from standing_team_municipality m where m.team_id = t.id), '[]'::jsonb),
           'active', t.active,
           'changedAt', to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
from standing_team t
order by t.created_at;

-- A pathway's team by id, as triage now assigns it; the name stays for pathways from before.
alter table pathway add column team_id uuid;
create index pathway_open_team on pathway (team_id) where status = 'OPEN';
