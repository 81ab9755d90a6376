-- Consumers' claims are now named after their consumer group, like their dead-letter topics.
update processed_event set consumer = 'indicator-service' where consumer = 'indicator-referral-counts';
