package org.sitrep.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * How {@code sitrep serve} runs: the address and port to bind ({@code 0} picks a free port), the
 * bearer token that {@code POST /api/ingest} requires (null: ingest over HTTP is refused), whether
 * reads need the token too (by default they are open only when bound to a loopback address), and the
 * largest request body accepted.
 */
public record ServeConfig(String bind, int port, String token, boolean openReads, int maxBodyBytes) {
  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_MAX_BODY = 4 * 1024 * 1024;

  public ServeConfig {
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be 0..65535, got " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maximum body size must be at least 1024 bytes, got " + maxBodyBytes);
    }
    if (token != null && token.strip().length() < 16) {
      throw new IllegalArgumentException("the ingest token must have at least 16 characters");
    }
    token = token == null ? null : token.strip();
  }

  /** Loopback, default port, no token. */
  public static ServeConfig local(int port) {
    return new ServeConfig(DEFAULT_BIND, port, null, false, DEFAULT_MAX_BODY);
  }

  public ServeConfig withToken(String t) {
    return new ServeConfig(bind, port, t, openReads, maxBodyBytes);
  }

  public ServeConfig withMaxBody(int bytes) {
    return new ServeConfig(bind, port, token, openReads, bytes);
  }

  /** Reads need no token: bound to loopback, or opened explicitly. */
  public boolean readsOpen() {
    return openReads || loopback();
  }

  public boolean loopback() {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind: unknown address '" + bind + "'", e);
    }
  }
}
