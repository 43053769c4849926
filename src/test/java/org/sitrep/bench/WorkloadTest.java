package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;

class WorkloadTest {
  private final List<Article> sample = List.of(Article.of("a", "12345"), Article.of("b", "123"));

  @Test
  void repeatsTheSampleWithDistinctIds() {
    List<Article> w = Workload.repeat(sample, 5);
    assertThat(w).extracting(Article::id).containsExactly("a", "b", "a#2", "b#2", "a#3");
    assertThat(Workload.chars(w)).isEqualTo(5 + 3 + 5 + 3 + 5);
  }

  @Test
  void shorterThanTheSampleTakesItsHead() {
    assertThat(Workload.repeat(sample, 1)).extracting(Article::id).containsExactly("a");
    assertThat(Workload.repeat(List.of(), 0)).isEmpty();
  }

  @Test
  void emptySampleCannotFillAWorkload() {
    assertThatThrownBy(() -> Workload.repeat(List.of(), 3)).hasMessageContaining("empty sample");
  }
}
