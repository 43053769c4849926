package org.sitrep.http;

import io.javalin.http.Context;
import org.sitrep.store.StoredArticle;

/** {@code GET /api/articles/{id}}: an article's metadata, text and evidence spans. */
final class ArticleHandler {
  private final StoreAccess store;

  ArticleHandler(StoreAccess store) {
    this.store = store;
  }

  void one(Context ctx) {
    long id = QueryParams.id(ctx);
    StoredArticle a = store.article(id).orElseThrow(() -> ApiProblem.notFound("no article " + id));
    String text = store.text(id).orElseThrow(() -> ApiProblem.notFound("article " + id + " has no text"));
    ctx.json(ArticleView.of(a, text, store.extraction(id).orElse(null)));
  }
}
