/**
 * The HTTP edge below the REST layer: the request's own limits and the failures Vert.x raises before any endpoint
 * runs, answered as problem+json like every other error, and request metrics that keep to route templates.
 */
package fi.polku.platform.http;
