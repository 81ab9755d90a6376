-- Employment systems may ask for a health check for the unemployed as well as refer: such a request makes no
-- referral; referral-service resolves the person and passes the request on to health-check-service.
alter table employment_referral
    add column request_type            varchar(20) not null default 'REFERRAL',
    add column health_check_request_id uuid;
