package org.sitrep.http;

import org.sitrep.extract.model.Evidence;

/** A span {@code [start, end)} of an article's text, with the quoted text. */
public record SpanView(int start, int end, String text) {
  static SpanView of(Evidence e) {
    return new SpanView(e.start(), e.end(), e.text());
  }
}
