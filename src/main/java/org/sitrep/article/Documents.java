package org.sitrep.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What single-document readers (plain text, HTML) share: bounded reading and the final checks. */
final class Documents {
  private Documents() {}

  /** The bytes of {@code in}, or empty when there are more than {@code limits.maxBytes()}. */
  static Bytes readBounded(InputStream in, ReadLimits limits) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total <= limits.maxBytes()) {
          out.write(buf, 0, n);
        }
      }
      return new Bytes(total <= limits.maxBytes() ? out.toByteArray() : null, total);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes read from one document; {@code content} is null when it exceeded the byte limit. */
  record Bytes(byte[] content, long size) {
    boolean tooLarge() {
      return content == null;
    }
  }

  /** Checks the article's text and wraps it as a result. */
  static Stream<ReadResult> result(InputRef input, Article article, List<String> warnings,
      ReadLimits limits) {
    Optional<String> problem = TextChecks.problem(article.text(), limits);
    if (problem.isPresent()) {
      return Stream.of(new ReadResult.Rejected(input.ref(), problem.get()));
    }
    return Stream.of(new ReadResult.Ok(article, warnings));
  }

  static List<String> warnings(InputRef input, String... messages) {
    List<String> out = new ArrayList<>();
    for (String m : messages) {
      if (m != null) {
        out.add(input.ref() + ": " + m);
      }
    }
    return out;
  }
}
