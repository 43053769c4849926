package org.sitrep.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input article. Only {@code id} and {@code text} are required; {@code published} anchors
 * relative dates. {@code title}, {@code source}, {@code url} and {@code published} may be null.
 */
public record Article(String id, String text, String title, LocalDate published, String source, String url) {
  public Article {
    Objects.requireNonNull(id, "article id");
    Objects.requireNonNull(text, "article text of " + id);
  }

  public static Article of(String id, String text) {
    return new Article(id, text, null, null, null, null);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, text, title, date, source, url);
  }

  public Article withSource(String name) {
    return new Article(id, text, title, published, name, url);
  }
}
