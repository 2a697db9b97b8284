/**
 * {@code wattplan serve}: the versioned JSON API ({@code /api/v1}, described by {@code /api/v1/openapi.json}) and
 * the web page, in one Javalin process. Handlers are thin: they read the request, call an app use case and write
 * JSON; every failure becomes a JSON error with a status, never a stack trace.
 */
@NullMarked
package org.wattplan.server;

import org.jspecify.annotations.NullMarked;
