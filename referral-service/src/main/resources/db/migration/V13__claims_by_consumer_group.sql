-- Consumers' claims are now named after their consumer group, like their dead-letter topics. The timeline
-- reads three topics, each as a group of its own; a claim's event type says which topic it came from.
update processed_event set consumer = case
        when event_type like 'fi.polku.team.%' then 'referral-service-timeline-team'
        when event_type like 'fi.polku.health-check.%' then 'referral-service-timeline-health-check'
        else 'referral-service-timeline' end
where consumer = 'referral-timeline';
