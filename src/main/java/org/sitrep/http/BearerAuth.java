package org.sitrep.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The operator's bearer token. Writes always need it: with no token configured they are refused
 * (403); without an {@code Authorization: Bearer} header they are 401, with a wrong token 403. Reads
 * need it only when the server is not bound to loopback and reads were not opened explicitly.
 */
final class BearerAuth {
  private final byte[] token;
  private final boolean readsOpen;

  BearerAuth(ServeConfig config) {
    this.token = config.token() == null ? null : config.token().getBytes(StandardCharsets.UTF_8);
    this.readsOpen = config.readsOpen();
  }

  void requireWrite(Context ctx) {
    if (token == null) {
      throw ApiProblem.forbidden("ingest over HTTP is disabled: the operator has set no token"
          + " (sitrep serve --token-file FILE, or SITREP_TOKEN)");
    }
    check(ctx);
  }

  void requireRead(Context ctx) {
    if (!readsOpen) {
      if (token == null) {
        throw ApiProblem.forbidden("reads are closed: the server is not on loopback and has no token");
      }
      check(ctx);
    }
  }

  private void check(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiProblem.unauthorized("send the operator's token as 'Authorization: Bearer TOKEN'");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw ApiProblem.forbidden("the bearer token is not the one this server was given");
    }
  }
}
