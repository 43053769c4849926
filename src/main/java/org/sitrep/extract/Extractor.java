package org.sitrep.extract;

import org.sitrep.article.Article;
import org.sitrep.extract.model.ExtractionResult;

/** Turns one article into SPEC's output record. Implementations are thread-safe. */
public interface Extractor {
  ExtractionResult extract(Article article);
}
