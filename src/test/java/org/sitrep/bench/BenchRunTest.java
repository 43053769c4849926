package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.output.Json;

class BenchRunTest {
  @Test
  void countsArticlesCharsAndFailuresWithAFakeClock() {
    AtomicInteger calls = new AtomicInteger();
    Extractor fake = a -> {
      calls.incrementAndGet();
      if (a.id().startsWith("bad")) {
        throw new IllegalStateException("no");
      }
      return new ExtractionResult(a.id(), null, List.of(), List.of(), "test");
    };
    AtomicLong clock = new AtomicLong();
    // each reading of the clock advances it by one second
    BenchRun run = new BenchRun(() -> fake, "test", 2, () -> clock.getAndAdd(1_000_000_000L));
    List<Article> workload = Workload.repeat(List.of(Article.of("a", "abcd"), Article.of("bad", "xy")), 4);
    BenchResult r = run.run(workload, 3);

    assertThat(calls).hasValue(1 + 3 + 4);
    assertThat(r.articles()).isEqualTo(4);
    assertThat(r.warmup()).isEqualTo(3);
    assertThat(r.chars()).isEqualTo(12);
    assertThat(r.failures()).isEqualTo(2);
    assertThat(r.startupMillis()).isEqualTo(1000.0);
    assertThat(r.timedSeconds()).isEqualTo(1.0);
    assertThat(r.articlesPerSecond()).isEqualTo(4.0);
    assertThat(r.charsPerSecond()).isEqualTo(12.0);
    assertThat(r.peakHeapBytes()).isPositive();
  }

  @Test
  void tableAndJsonCarryTheFigures() {
    BenchResult r = new BenchResult("p", 2, 20, 200, 400_000, 0, 37, 1234.5, 8.0, 512L << 20, -1);
    assertThat(r.table()).contains("25.00 articles/s, 50000 chars/s", "1235 ms", "512 MiB", "peak RSS           unknown");
    // Json.MAPPER orders map entries by key
    assertThat(Json.line(r.asMap())).isEqualTo("{\"articles\":200,\"articles_per_s\":25.0,\"chars\":400000,"
        + "\"chars_per_s\":50000.0,\"events\":37,\"failures\":0,\"peak_heap_bytes\":536870912,"
        + "\"peak_rss_bytes\":null,\"pipeline\":\"p\",\"startup_ms\":1234.5,\"threads\":2,\"timed_s\":8.0,"
        + "\"warmup\":20}");
  }
}
