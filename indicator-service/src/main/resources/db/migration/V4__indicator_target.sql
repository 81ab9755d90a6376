-- Targets a county sets for an indicator and period (a month, quarter or year, as the figures label them); the
-- figures show them beside the value.
create table indicator_target (
    indicator varchar(60)    not null,
    period    varchar(7)     not null,
    value     numeric(12, 2) not null check (value >= 0),
    set_by    varchar(200)   not null,
    set_at    timestamptz    not null,
    primary key (indicator, period)
);
