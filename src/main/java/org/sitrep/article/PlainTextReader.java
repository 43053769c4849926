package org.sitrep.article;

import java.io.InputStream;
import java.util.stream.Stream;

/** Reads one plain-text document: the whole content is the text; there is no title. */
public final class PlainTextReader implements ArticleReader {
  private final ReadLimits limits;

  public PlainTextReader(ReadLimits limits) {
    this.limits = limits;
  }

  public PlainTextReader() {
    this(ReadLimits.DEFAULT);
  }

  @Override
  public Stream<ReadResult> read(InputRef input, InputStream in) {
    Documents.Bytes bytes = Documents.readBounded(in, limits);
    if (bytes.tooLarge()) {
      return Stream.of(new ReadResult.Rejected(input.ref(), TextChecks.tooLarge(bytes.size(), limits)));
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes.content());
    return fromText(input, decoded.text(), decoded.warning());
  }

  /** Reads an already decoded text; {@code warning} (may be null) is attached to the result. */
  Stream<ReadResult> fromText(InputRef input, String text, String warning) {
    Article article = Article.of(input.id(), text);
    return Documents.result(input, article, Documents.warnings(input, warning), limits);
  }
}
