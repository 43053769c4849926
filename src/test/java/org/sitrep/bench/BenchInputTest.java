package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;

class BenchInputTest {
  @Test
  void readsRecordsAndRejectsBadLinesWithTheirNumbers() throws IOException {
    String jsonl = "{\"id\":\"a\",\"text\":\"Hello.\",\"published\":\"2024-03-01\",\"source\":\"Synthetic\"}\n"
        + "\n"
        + "{\"id\":\"b\"}\n"
        + "not json\n"
        + "{\"id\":\"c\",\"text\":\"x\",\"published\":\"March\"}\n"
        + "{\"id\":7,\"text\":\"seven\",\"title\":null}\n";
    BenchInput.Loaded l = BenchInput.read(new StringReader(jsonl));
    assertThat(l.articles()).extracting(Article::id).containsExactly("a", "7");
    assertThat(l.articles().get(0).published()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(l.articles().get(0).source()).isEqualTo("Synthetic");
    assertThat(l.rejected()).hasSize(3);
    assertThat(l.rejected().get(0)).startsWith("line 3: missing text");
    assertThat(l.rejected().get(1)).startsWith("line 4:");
    assertThat(l.rejected().get(2)).startsWith("line 5:");
  }

  @Test
  void bundledSampleIsVariedSyntheticAndReadable() throws IOException {
    Path sample = Path.of(System.getProperty("user.dir"), "bench", "news-sample.jsonl");
    BenchInput.Loaded l = BenchInput.read(sample);
    assertThat(l.rejected()).isEmpty();
    assertThat(l.articles()).hasSizeGreaterThanOrEqualTo(18);
    assertThat(l.articles()).allSatisfy(a -> {
      assertThat(a.source()).containsIgnoringCase("synthetic");
      assertThat(a.text().length()).isBetween(1200, 3200);
    });
    assertThat(l.articles()).extracting(Article::id).doesNotHaveDuplicates();
  }
}
