package org.sitrep.article;

import java.time.LocalDate;

/**
 * Values for fields an input record leaves out (the CLI's {@code --published} and {@code
 * --source}). A record's own values always win. Either may be null.
 */
public record Defaults(LocalDate published, String source) {
  private static final Defaults NONE = new Defaults(null, null);

  public static Defaults none() {
    return NONE;
  }

  /** The article with its missing published date and source filled in. */
  public Article applyTo(Article article) {
    Article a = article;
    if (a.published() == null && published != null) {
      a = a.withPublished(published);
    }
    if (a.source() == null && source != null) {
      a = a.withSource(source);
    }
    return a;
  }
}
