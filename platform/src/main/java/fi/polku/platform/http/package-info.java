/**
 * The HTTP edge below the REST layer: the request's own limits and the failures Vert.x raises before any endpoint
 * runs, answered as problem+json like every other error, request metrics that keep to route templates, the paging
 * parameters every list takes, the filter that asks the security rules whether an outside organisation may call an
 * endpoint at all, and the OpenAPI document's shared parts. The rules themselves (security, paging) speak no HTTP.
 */
package fi.polku.platform.http;
