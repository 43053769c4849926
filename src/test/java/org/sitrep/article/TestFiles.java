package org.sitrep.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Helpers shared by the article tests. */
final class TestFiles {
  private TestFiles() {}

  static Path resource(String name) {
    try {
      return Path.of(TestFiles.class.getResource("/article/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static List<ReadResult> all(Stream<ReadResult> results) {
    try (results) {
      return results.toList();
    }
  }

  static ReadResult.Ok ok(ReadResult r) {
    if (r instanceof ReadResult.Ok ok) {
      return ok;
    }
    throw new AssertionError("expected Ok but got " + r);
  }

  static ReadResult.Rejected rejected(ReadResult r) {
    if (r instanceof ReadResult.Rejected rej) {
      return rej;
    }
    throw new AssertionError("expected Rejected but got " + r);
  }

  static InputStream open(Path p) {
    try {
      return java.nio.file.Files.newInputStream(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
