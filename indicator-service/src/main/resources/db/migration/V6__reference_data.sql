-- Reference data the county imports from public sources: which municipalities make up the wellbeing services county,
-- the employment bulletin's unemployed job seekers per municipality and month (the denominator of health-check
-- coverage), and regional statistics shown beside the county's own figures.
create table municipality (
    code        varchar(3)   primary key,
    name_fi     varchar(100) not null,
    name_sv     varchar(100),
    county_code varchar(10)  not null,
    county_name varchar(100) not null
);

create table unemployed_job_seekers (
    municipality_code varchar(3) not null references municipality (code),
    month             date       not null check (extract(day from month) = 1),
    job_seekers       integer    not null check (job_seekers >= 0),
    primary key (municipality_code, month)
);

create table regional_statistic (
    statistic   varchar(60)    not null,
    region_code varchar(10)    not null,
    year        integer        not null,
    value       numeric(12, 2) not null,
    primary key (statistic, region_code, year)
);

-- Every import: what, how many rows, who and when; the figures say which data they stand on.
create table reference_import (
    id          uuid primary key,
    dataset     varchar(40)  not null,
    rows        integer      not null,
    imported_by varchar(100) not null,
    imported_at timestamptz  not null
);
