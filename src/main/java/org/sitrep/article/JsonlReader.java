package org.sitrep.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads JSON Lines (SPEC "Input record"), one object per line, lazily: a 1 GB file is never held
 * in memory. Each line is decoded on its own (UTF-8, else Windows-1252 with a warning) and parsed
 * with Jackson; blank lines are skipped. A bad line becomes a {@link ReadResult.Rejected} naming
 * {@code path:line} and, when known, the record id; the following lines are still read.
 */
public final class JsonlReader implements ArticleReader {
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ReadLimits limits;

  public JsonlReader(ReadLimits limits) {
    this.limits = limits;
  }

  public JsonlReader() {
    this(ReadLimits.DEFAULT);
  }

  @Override
  public Stream<ReadResult> read(InputRef input, InputStream in) {
    ByteLines lines = new ByteLines(in, limits.maxBytes());
    Spliterator<ReadResult> results = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      private boolean failed;

      @Override
      public boolean tryAdvance(Consumer<? super ReadResult> action) {
        if (failed) {
          return false;
        }
        try {
          for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
            Optional<ReadResult> result = readLine(input, line);
            if (result.isPresent()) {
              action.accept(result.get());
              return true;
            }
          }
        } catch (UncheckedIOException e) {
          failed = true;
          action.accept(new ReadResult.Rejected(input.ref(), "read error: " + e.getCause().getMessage()));
          return true;
        }
        return false;
      }
    };
    return StreamSupport.stream(results, false);
  }

  /** The result of one line, or empty for a blank line. */
  Optional<ReadResult> readLine(InputRef input, ByteLines.Line line) {
    String where = input.ref() + ":" + line.number();
    if (line.bytes() == null) {
      return Optional.of(new ReadResult.Rejected(where, TextChecks.tooLarge(line.size(), limits)));
    }
    return readLine(where, line.bytes(), line.bytes().length);
  }

  /**
   * The result of one line split elsewhere (a Hadoop input split, say), by the same rules as a line
   * of a file read here: the first {@code length} bytes of {@code bytes} are the line without its
   * {@code \n}; a trailing {@code \r} is dropped; {@code where} names it ({@code path:line}). Empty
   * for a blank line.
   */
  public Optional<ReadResult> readLine(String where, byte[] bytes, int length) {
    if (length > limits.maxBytes()) {
      return Optional.of(new ReadResult.Rejected(where, TextChecks.tooLarge(length, limits)));
    }
    int end = length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, end);
    if (decoded.text().isBlank()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(decoded.text());
    } catch (JsonProcessingException e) {
      return Optional.of(new ReadResult.Rejected(where, "invalid JSON: " + shortReason(e)));
    }
    return Optional.of(JsonRecords.toResult(where, node, decoded.warning(), limits));
  }

  /** Jackson's reason without its source excerpt, plus the column. */
  static String shortReason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
      first += " at column " + e.getLocation().getColumnNr();
    }
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }
}
