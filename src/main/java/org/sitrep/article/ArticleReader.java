package org.sitrep.article;

import java.io.InputStream;
import java.util.stream.Stream;

/**
 * Reads the articles in one input. Implementations are named by technique ({@link
 * PlainTextReader}, {@link HtmlReader}, {@link JsonlReader}); they never throw for bad content —
 * every problem becomes a {@link ReadResult.Rejected}. The returned stream may read {@code in}
 * lazily; the caller closes {@code in} once the stream is consumed.
 */
public interface ArticleReader {
  Stream<ReadResult> read(InputRef input, InputStream in);
}
