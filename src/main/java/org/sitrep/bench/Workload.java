package org.sitrep.bench;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.article.Article;

/** The articles a benchmark extracts: the sample cycled to a given count, each copy with its own id. */
public final class Workload {
  private Workload() {}

  /**
   * The first {@code count} articles of the sample repeated in order; copies after the first round
   * get ids {@code id#2}, {@code id#3}, ... so results stay distinguishable.
   */
  public static List<Article> repeat(List<Article> sample, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    if (sample.isEmpty() && count > 0) {
      throw new IllegalArgumentException("cannot repeat an empty sample to " + count + " articles");
    }
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Article a = sample.get(i % sample.size());
      int round = i / sample.size() + 1;
      out.add(round == 1 ? a : new Article(a.id() + "#" + round, a.text(), a.title(), a.published(), a.source(),
          a.url()));
    }
    return out;
  }

  /** Total characters (UTF-16 code units) of the articles' text. */
  public static long chars(List<Article> articles) {
    return articles.stream().mapToLong(a -> a.text().length()).sum();
  }
}
