-- Which teams a professional acts for is now the registry's word, in every service (docs/security.md). Three
-- consequences for data that exists already:
--
-- 1. Who changed a professional last is kept, as nobody may change their own entry (and so give themselves teams).
alter table professional add column changed_by varchar(200);

-- 2. referral-service now keeps the professionals' teams from registry.team.v1, but its consumer skipped them until
--    now: every professional is published once more through the outbox, as they are.
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

-- 3. The intake now keeps a referral only until triage decides it. Those accepted before are known by the pathway
--    their acceptance opened; a referral received after its pathway opened stays until it is decided. (Rejections
--    from before left no trace here: such referrals stay until a later decision or an operator removes them.)
delete from intake_referral r
where exists (select 1 from pathway p where p.pathway_id = r.pathway_id and p.opened_at >= r.received_at);
