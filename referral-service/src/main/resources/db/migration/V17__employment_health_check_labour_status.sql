-- A health-check request's labour-market status, kept: a client known only from such a request has no referral to
-- take it from when the check's team-referral follow-up becomes their first referral.
alter table employment_referral
    add column labour_market_status varchar(30),
    add column unemployed_since     date;
