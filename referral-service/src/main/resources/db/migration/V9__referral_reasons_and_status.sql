-- A referral's coded reasons and the client's labour-market status. Referrals received before this
-- migration have neither; every later one has both.
alter table referral
    add column labour_market_status varchar(30),
    add column unemployed_since     date,
    add check (labour_market_status = 'UNEMPLOYED' or unemployed_since is null);

create table referral_reason (
    referral_id uuid        not null references referral (id),
    reason      varchar(40) not null,
    primary key (referral_id, reason)
);
