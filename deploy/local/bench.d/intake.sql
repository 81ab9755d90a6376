-- pgbench script for `deploy/local/bench intake`: the durable writes of one received referral — the referral row,
-- its reason and its outbox event — in one commit, on a scratch copy of referral-service's tables. The raw limit
-- the intake endpoint is compared with.
with r as (
    insert into referral (id, pathway_id, client_id, source, referring_organisation, requested_area, status,
                          received_at, age_group, labour_market_status, unemployed_since, municipality_code)
    values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'EMPLOYMENT_SERVICES', 'TE-toimisto, Oulu',
            'Oulu', 'RECEIVED', now(), 'AGE_35_44', 'UNEMPLOYED', date '2024-09-01', '564')
    returning id, pathway_id, client_id),
reason as (insert into referral_reason (referral_id, reason) select id, 'LONG_TERM_UNEMPLOYMENT' from r)
insert into outbox_event (id, aggregate_id, topic, type, source, occurred_at, payload)
select gen_random_uuid(), pathway_id, 'pathway.referral.v1', 'fi.polku.referral.received.v1', '/polku/bench', now(),
       jsonb_build_object('referralId', id, 'pathwayId', pathway_id, 'clientId', client_id, 'ageGroup', 'AGE_35_44',
                          'source', 'EMPLOYMENT_SERVICES', 'municipalityCode', '564', 'requestedArea', 'Oulu',
                          'receivedAt', now())
from r;
