package org.sitrep.eval;

import java.util.List;
import org.sitrep.article.Article;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.model.EventMention;

/**
 * Runs an extractor over ACLED rows in parallel and scores the first event of each result.
 * The rows are in file order; results arrive in that order.
 */
public final class EvalRun {
  /** Types with fewer gold examples than this stay out of the macro F1. */
  public static final int MACRO_MIN_SUPPORT = 5;

  private final Extractor extractor;
  private final int threads;
  private final CountryCodes countries;

  public EvalRun(Extractor extractor, int threads, CountryCodes countries) {
    this.extractor = extractor;
    this.threads = threads;
    this.countries = countries;
  }

  public EvalReport run(List<AcledRow> rows, String split, int worst) {
    List<Article> articles = rows.stream().map(AcledCsv::toArticle).toList();
    Scorecard card = new Scorecard(countries);
    // BatchExtractor delivers outcomes in input order, so the i-th outcome belongs to the i-th row.
    int[] next = {0};
    new BatchExtractor(extractor, threads).run(articles.iterator(), outcome -> {
      AcledRow gold = rows.get(next[0]++);
      if (outcome instanceof BatchExtractor.Success s) {
        card.add(gold, first(s.result().events()));
      } else if (outcome instanceof BatchExtractor.Failure f) {
        card.addFailure(gold, f.reason());
      }
    });
    return card.report(split, worst, MACRO_MIN_SUPPORT);
  }

  private static EventMention first(List<EventMention> events) {
    return events == null || events.isEmpty() ? null : events.get(0);
  }
}
