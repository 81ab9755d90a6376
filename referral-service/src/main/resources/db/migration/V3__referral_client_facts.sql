-- A referral now records the client's facts that may travel with its events, as they were at receipt:
-- the age band, and the municipality only when no security ban withholds it. Referrals received
-- before clients were registered have no known age band (null).
alter table referral add column age_group varchar(20);
comment on column referral.age_group is 'the client''s age band at receipt; null only for referrals from before client registration';
comment on column referral.municipality_code is 'the client''s municipality at receipt; null under a security ban';
