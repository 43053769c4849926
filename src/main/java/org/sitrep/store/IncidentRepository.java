package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.sitrep.article.Article;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.incident.Incident;

/**
 * The incident store: articles and their revisions, extraction results, event mentions with their
 * link features, incidents, failures and ingest progress. One implementation per database behind
 * this one contract ({@code IncidentRepositoryContract} in the tests). Not thread-safe: one writer.
 */
public interface IncidentRepository extends AutoCloseable {
  /** What {@link #store} would do with an article of this identity (cheap: no extraction needed). */
  ArticleStatus status(ArticleKey key);

  /**
   * Stores an article with its extraction in one transaction: the article (or its new revision), the
   * extraction result, its event mentions, and their linking into incidents (created, joined, merged
   * into the lowest id, reconciled). A no-op when the article is already stored.
   */
  ArticleStatus store(Article article, ArticleKey key, ExtractionResult result, long runId);

  long startRun(List<String> sources, Integer total);

  void finishRun(long runId, int unchanged);

  Optional<IngestRun> run(long runId);

  void recordFailure(Long runId, String ref, String stage, String reason);

  List<Failure> failures();

  List<StoredArticle> articles();

  /** The extraction result of an article's current revision. */
  Optional<ExtractionResult> extraction(long articleId);

  /** The text of an article's current revision, as read (evidence spans index into it). */
  Optional<String> text(long articleId);

  List<Incident> incidents(IncidentQuery query);

  @Override
  void close();
}
