package org.sitrep.article;

import java.util.List;
import java.util.Objects;

/** The outcome of reading one record: an article (perhaps with warnings) or a rejection. */
public sealed interface ReadResult {

  /**
   * A readable article. Each warning names where it comes from ({@code "in.jsonl:3: ..."}), so it
   * can be printed as is.
   */
  record Ok(Article article, List<String> warnings) implements ReadResult {
    public Ok {
      Objects.requireNonNull(article, "article");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A record that could not be read. {@code ref} names the input precisely: a file path, {@code
   * path:line} for JSONL, followed by {@code (id X)} when the record id is known.
   */
  record Rejected(String ref, String reason) implements ReadResult {
    public Rejected {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
