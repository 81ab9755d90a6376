/**
 * The client-pathway event contract shared by every Polku service and by the employment systems that
 * integrate through Kafka: the CloudEvents envelope, the topics, and one past-tense record per event type.
 * Plain Java on purpose, so producers and consumers depend on the contract and nothing else.
 */
package fi.polku.events;
