-- Each version of a check's record keeps the follow-ups it named, in its order and with who was responsible, so that
-- an earlier version reads as it was recorded. The follow_up rows live on apart from them: closed, reassigned.
create table health_check_record_follow_up (
    record_id   uuid         not null references health_check_record (id),
    position    int          not null check (position >= 0),
    follow_up   varchar(40)  not null,
    responsible varchar(200) not null,
    primary key (record_id, position)
);

-- The versions recorded before kept none: each gets the follow-ups that were open just after it was recorded, in the
-- order they opened, with who is responsible as it now stands (who was named before a reassignment was not kept).
insert into health_check_record_follow_up (record_id, position, follow_up, responsible)
select r.id, row_number() over (partition by r.id order by f.opened_at, f.follow_up) - 1, f.follow_up, f.responsible
from health_check_record r
join follow_up f on f.health_check_id = r.health_check_id
                and f.opened_at <= r.recorded_at
                and (f.closed_at is null or f.closed_at > r.recorded_at);
