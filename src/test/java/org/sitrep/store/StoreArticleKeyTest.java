package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;

class StoreArticleKeyTest {
  @Test
  void theUrlIsTheKeyWhenThereIsOne() {
    Article a = new Article("x", "Some text.", null, null, null, " https://a.example/1 ");
    assertThat(ArticleKey.of(a).key()).isEqualTo("https://a.example/1");
  }

  @Test
  void withoutUrlTheNormalisedTextIsTheKey() {
    ArticleKey a = ArticleKey.of(Article.of("a", "Jets struck\n the town."));
    ArticleKey b = ArticleKey.of(Article.of("b", "  Jets struck the\ttown. "));
    assertThat(a).isEqualTo(b);
    assertThat(a.key()).isEqualTo("sha256:" + a.textHash()).hasSize(7 + 64);
    assertThat(ArticleKey.of(Article.of("c", "Jets struck the city.")).textHash()).isNotEqualTo(a.textHash());
  }
}
