-- The first referral count (by month, source and municipality, kept by its own consumer group "indicator-service")
-- is gone: REFERRALS_BY_SOURCE answers the same question from indicator_fact, with the same suppression as every
-- other indicator, so one figure cannot be read two ways. The group's claims expire with housekeeping.
drop table referral_count;
