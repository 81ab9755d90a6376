-- Consumers' claims are now named after their consumer group, like their dead-letter topics.
update processed_event set consumer = 'team-service' where consumer = 'team-intake';
