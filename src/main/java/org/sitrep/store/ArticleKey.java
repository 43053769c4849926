package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import org.sitrep.article.Article;

/**
 * An article's identity in the store: {@code key} is its URL when it has one, else {@code sha256:}
 * of its normalised text; {@code textHash} is the sha256 of the normalised text (Unicode NFKC,
 * whitespace runs as one space, trimmed). Same key and same hash: the article is already stored.
 * Same key and a new hash: a revision.
 */
public record ArticleKey(String key, String textHash) {
  public ArticleKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(textHash, "textHash");
  }

  public static ArticleKey of(Article a) {
    String hash = hash(a.text());
    String url = a.url() == null ? null : a.url().strip();
    return new ArticleKey(url == null || url.isEmpty() ? "sha256:" + hash : url, hash);
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
  }

  static String hash(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
