package org.sitrep.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.article.InputRef;
import org.sitrep.article.JsonArrayReader;
import org.sitrep.article.JsonlReader;
import org.sitrep.article.PlainTextReader;
import org.sitrep.article.ReadResult;
import org.sitrep.output.Json;

/**
 * Request bodies: read with a size limit (413 beyond it, whether or not Content-Length says so),
 * then parsed as SPEC input records by the same readers the command line uses: a JSON object, a
 * JSON array of objects, JSON lines, or (for {@code text/plain}) one article's text.
 */
final class Bodies {
  private Bodies() {}

  static byte[] read(Context ctx, int limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw ApiProblem.tooLarge(limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        if (out.size() + n > limit) {
          throw ApiProblem.tooLarge(limit);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  /** The records of a body; {@code name} is how rejections refer to the request. */
  static List<ReadResult> records(Context ctx, byte[] body, String name, boolean allowText) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (body.length == 0) {
      throw ApiProblem.badRequest("the request body is empty");
    }
    InputRef ref = new InputRef(name, name);
    Stream<ReadResult> read;
    if (type.startsWith("text/plain") && allowText) {
      read = new PlainTextReader().read(ref, new ByteArrayInputStream(body));
    } else if (type.startsWith("application/json") || type.startsWith("application/x-ndjson")
        || type.startsWith("application/jsonl")) {
      read = json(ref, body);
    } else {
      throw ApiProblem.unsupportedMediaType("send application/json (an input record, or an array of them),"
          + " application/x-ndjson" + (allowText ? " or text/plain" : "") + "; got '" + type + "'");
    }
    try (read) {
      return read.toList();
    }
  }

  private static Stream<ReadResult> json(InputRef ref, byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
    if (head.startsWith("[")) {
      return new JsonArrayReader().read(ref, new ByteArrayInputStream(body));
    }
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.startsWith("{") && !text.contains("\n")) {
      return new JsonlReader().read(ref, new ByteArrayInputStream(body));
    }
    if (text.startsWith("{") && text.endsWith("}") && looksLikeOneObject(text)) {
      byte[] array = ("[" + text + "]").getBytes(StandardCharsets.UTF_8);
      return new JsonArrayReader().read(ref, new ByteArrayInputStream(array));
    }
    return new JsonlReader().read(ref, new ByteArrayInputStream(body));
  }

  /** A pretty-printed object (several lines) rather than JSON lines: the text parses as one value. */
  private static boolean looksLikeOneObject(String text) {
    try {
      Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
