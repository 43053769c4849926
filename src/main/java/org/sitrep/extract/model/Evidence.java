package org.sitrep.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.sitrep.nlp.Span;

/** A quoted span of the input text: {@code text.substring(start, end)} equals {@code text}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(int start, int end, String text) implements Comparable<Evidence> {
  public static Evidence of(Span span, String articleText) {
    return new Evidence(span.start(), span.end(), span.of(articleText));
  }

  public Span span() {
    return new Span(start, end);
  }

  @Override
  public int compareTo(Evidence o) {
    return span().compareTo(o.span());
  }
}
