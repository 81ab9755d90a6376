-- Received referrals counted by month (Finnish time), source and municipality: the read model behind
-- the "where clients come from" indicator. '' stands for an unknown or protected municipality.
create table referral_count (
    month             date        not null,
    source            varchar(40) not null,
    municipality_code varchar(3)  not null,
    referrals         bigint      not null,
    primary key (month, source, municipality_code)
);
