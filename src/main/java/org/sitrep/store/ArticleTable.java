package org.sitrep.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.article.Article;

/** The {@code article} and {@code revision} tables over one connection (inside the caller's transaction). */
final class ArticleTable {
  /** An article's store id and its current revision. */
  record Ref(long id, long currentRevision) {}

  private final Connection c;

  ArticleTable(Connection c) {
    this.c = c;
  }

  Optional<Ref> byKey(String key) throws SQLException {
    return Sql.one(c, "SELECT id, current_revision FROM article WHERE article_key = ?",
        rs -> new Ref(rs.getLong(1), rs.getLong(2)), key);
  }

  boolean hasRevision(long articleId, String textHash) throws SQLException {
    return Sql.one(c, "SELECT 1 FROM revision WHERE article_id = ? AND text_hash = ?", rs -> 1, articleId, textHash)
        .isPresent();
  }

  boolean textStored(String textHash) throws SQLException {
    return Sql.one(c, "SELECT 1 FROM revision WHERE text_hash = ?", rs -> 1, textHash).isPresent();
  }

  long insert(Article a, String key) throws SQLException {
    long id = Sql.nextId(c, "article");
    Sql.update(c, "INSERT INTO article (id, article_key, ref, url, title, source, published, current_revision)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)", id, key, a.id(), a.url(), a.title(), a.source(), date(a.published()));
    return id;
  }

  /** The article's metadata follows its latest revision. */
  void setCurrent(long articleId, Article a, long revisionId) throws SQLException {
    Sql.update(c, "UPDATE article SET ref = ?, url = ?, title = ?, source = ?, published = ?, current_revision = ?"
        + " WHERE id = ?", a.id(), a.url(), a.title(), a.source(), date(a.published()), revisionId, articleId);
  }

  long insertRevision(long articleId, String textHash, String text, String extraction, String pipeline, long runId)
      throws SQLException {
    long id = Sql.nextId(c, "revision");
    int number = Sql.one(c, "SELECT COUNT(*) FROM revision WHERE article_id = ?", rs -> rs.getInt(1), articleId)
        .orElse(0) + 1;
    Sql.update(c, "INSERT INTO revision (id, article_id, number, text_hash, body, extraction, pipeline, run_id)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, articleId, number, textHash, text, extraction, pipeline, runId);
    return id;
  }

  List<StoredArticle> all() throws SQLException {
    return Sql.query(c, "SELECT a.id, a.article_key, a.ref, a.url, a.title, a.source, a.published,"
        + " (SELECT COUNT(*) FROM revision r WHERE r.article_id = a.id) AS revisions FROM article a ORDER BY a.id",
        ArticleTable::stored);
  }

  Optional<String> currentExtraction(long articleId) throws SQLException {
    return Sql.one(c, "SELECT r.extraction FROM article a JOIN revision r ON r.id = a.current_revision"
        + " WHERE a.id = ?", rs -> rs.getString(1), articleId);
  }

  Optional<String> currentText(long articleId) throws SQLException {
    return Sql.one(c, "SELECT r.body FROM article a JOIN revision r ON r.id = a.current_revision WHERE a.id = ?",
        rs -> rs.getString(1), articleId);
  }

  private static StoredArticle stored(ResultSet rs) throws SQLException {
    String published = rs.getString("published");
    return new StoredArticle(rs.getLong("id"), rs.getString("article_key"), rs.getString("ref"), rs.getString("url"),
        rs.getString("title"), rs.getString("source"), published == null ? null : LocalDate.parse(published),
        rs.getInt("revisions"));
  }

  static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
