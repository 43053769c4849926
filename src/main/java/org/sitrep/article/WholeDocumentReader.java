package org.sitrep.article;

import java.io.InputStream;
import java.util.stream.Stream;

/**
 * A reader of formats that need the whole document at once (plain text, HTML, feeds): reads at
 * most the size limit, rejects a larger input with its size, and hands the bytes to
 * {@link #parse}.
 */
abstract class WholeDocumentReader implements ArticleReader {
  protected final ReadLimits limits;

  protected WholeDocumentReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public final Stream<ReadResult> read(InputRef input, InputStream in) {
    Documents.Bytes bytes = Documents.readBounded(in, limits);
    if (bytes.tooLarge()) {
      return Stream.of(new ReadResult.Rejected(input.ref(), TextChecks.tooLarge(bytes.size(), limits)));
    }
    return parse(input, bytes.content());
  }

  /** The records of a document whose size is within the limits. */
  protected abstract Stream<ReadResult> parse(InputRef input, byte[] content);
}
