package org.sitrep.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Claim;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Evidence;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.store.StoredArticle;

/**
 * One stored article: metadata, the text of its current revision (untrusted: the page shows it as
 * text), and the spans its extraction points at, each with what it is evidence of.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(long id, String article_id, String title, String source, String url, String published,
    int revisions, String pipeline, String text, List<ArticleSpan> spans) {

  /** A span of the text and what it is evidence of: event, date, place, actor, casualty or claim. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ArticleSpan(int start, int end, String kind, int event, String label) {}

  static ArticleView of(StoredArticle a, String text, ExtractionResult r) {
    List<ArticleSpan> spans = new ArrayList<>();
    List<EventMention> events = r == null ? List.of() : r.events();
    for (int n = 0; n < events.size(); n++) {
      EventMention e = events.get(n);
      add(spans, e.evidence(), "event", n, e.type());
      if (e.date() != null) {
        add(spans, e.date().evidence(), "date", n, e.date().value());
      }
      if (e.location() != null) {
        add(spans, e.location().evidence(), "place", n, e.location().name());
      }
      if (e.actor1() != null) {
        add(spans, e.actor1().evidence(), "actor", n, e.actor1().name());
      }
      if (e.actor2() != null) {
        add(spans, e.actor2().evidence(), "actor", n, e.actor2().name());
      }
      for (Casualty c : e.casualties()) {
        add(spans, c.evidence(), "casualty", n, c.kind() + " " + c.value());
      }
      for (Claim c : e.claims()) {
        add(spans, c.evidence(), "claim", n, c.claimant().name() + " " + c.stance());
      }
    }
    spans.sort(Comparator.comparingInt(ArticleSpan::start).thenComparingInt(ArticleSpan::end));
    return new ArticleView(a.id(), a.ref(), a.title(), a.source(), a.url(),
        a.published() == null ? null : a.published().toString(), a.revisions(), r == null ? null : r.pipeline(),
        text, spans);
  }

  private static void add(List<ArticleSpan> spans, List<Evidence> evidence, String kind, int event, String label) {
    if (evidence != null) {
      evidence.forEach(ev -> spans.add(new ArticleSpan(ev.start(), ev.end(), kind, event, label)));
    }
  }
}
