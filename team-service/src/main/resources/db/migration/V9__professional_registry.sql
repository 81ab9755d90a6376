-- The professionals are published on registry.team.v1 (keyed by professional, without names) whenever they are added
-- or changed, for indicator-service's staff resources; those that exist already are published here, once, through
-- the outbox like every event.
insert into outbox_event (id, aggregate_id, topic, type, source, occurred_at, payload)
select gen_random_uuid(), p.id, 'registry.team.v1', 'fi.polku.network.professional-changed.v1',
       '/polku/team-service', p.updated_at,
       jsonb_build_object(
           'professionalId', p.id, 'profession', p.profession, 'organisationType', p.organisation_type,
           'fte', p.fte,
           'teamIds', coalesce((select jsonb_agg(pt.team_id order by pt.team_id)
                                from professional_team pt where pt.professional_id = p.id), '[]'::jsonb),
           'active', p.active,
           'changedAt', to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
from professional p
order by p.created_at;
