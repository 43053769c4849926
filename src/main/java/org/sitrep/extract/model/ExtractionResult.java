package org.sitrep.extract.model;

import java.util.List;

/** SPEC's output record for one article; {@code pipeline} names the version that produced it. */
public record ExtractionResult(
    String id, ArticleMeta article, List<EventMention> events, List<Diagnostic> diagnostics, String pipeline) {
  public ExtractionResult {
    events = List.copyOf(events);
    diagnostics = List.copyOf(diagnostics);
  }
}
