/**
 * Work-ability statements (työkykylausunnot): recorded with their purpose, conclusion and author, counted by purpose
 * and by the author's profession — the volume and who writes them, which the counties want to see.
 */
package fi.polku.healthcheck.statement;
