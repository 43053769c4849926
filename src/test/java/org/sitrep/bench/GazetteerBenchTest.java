package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;

class GazetteerBenchTest {
  @Test
  void theWorkloadIsEveryCapitalisedRunAndItsPrefixes() {
    Article a = new Article("a", "Shelling hit Deir ez-Zor and New Town Square today.", null, null, null, null);
    assertThat(GazetteerBench.names(List.of(a)))
        .containsExactly("Shelling", "Deir", "Zor", "New", "New Town", "New Town Square");
  }
}
