package org.sitrep.article;

import java.util.stream.Stream;

/** Reads one plain-text document: the whole content is the text; there is no title. */
public final class PlainTextReader extends WholeDocumentReader {
  public PlainTextReader(ReadLimits limits) {
    super(limits);
  }

  public PlainTextReader() {
    this(ReadLimits.DEFAULT);
  }

  @Override
  protected Stream<ReadResult> parse(InputRef input, byte[] content) {
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    return fromText(input, decoded.text(), decoded.warning());
  }

  /** Reads an already decoded text; {@code warning} (may be null) is attached to the result. */
  Stream<ReadResult> fromText(InputRef input, String text, String warning) {
    Article article = Article.of(input.id(), text);
    return Documents.result(input, article, Documents.warnings(input, warning), limits);
  }
}
