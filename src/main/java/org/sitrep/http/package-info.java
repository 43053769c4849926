/**
 * {@code sitrep serve}: the JSON API and the web page over the store (Javalin). Handlers are thin:
 * they validate parameters ({@link org.sitrep.http.QueryParams}), call the store or the extractor
 * through {@link org.sitrep.http.StoreAccess}, and answer with DTO records ({@code *View}), never the
 * domain records themselves. Every error leaves through one mapper as problem+json ({@link
 * org.sitrep.http.ProblemMapper}).
 */
package org.sitrep.http;
