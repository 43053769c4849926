package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sitrep.store.IngestListener.Outcome;

class StoreProgressBarTest {
  private final AtomicLong clock = new AtomicLong();

  @Test
  void plainLogLinesEveryTenthWithRateAndEta() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err, true), false, clock::get);
    bar.started(20);
    for (int i = 0; i < 20; i++) {
      clock.addAndGet(500_000_000L);
      bar.done("a" + i, Outcome.STORED);
    }
    var lines = err.toString().lines().toList();
    assertThat(lines).hasSize(11);
    assertThat(lines.get(0)).isEqualTo("sitrep ingest: [#                             ] 1/20 articles, 2.0/s, ETA 9s");
    assertThat(lines.get(10)).isEqualTo("sitrep ingest: [##############################] 20/20 articles, 2.0/s");
  }

  @Test
  void aTerminalGetsOneRedrawnLineAndProblemsOnTheirOwn() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err, true), true, clock::get);
    bar.started(null);
    clock.addAndGet(1_000_000_000L);
    bar.done("a", Outcome.STORED);
    bar.problem("in.jsonl:3", "not JSON");
    bar.finish();
    assertThat(err.toString()).startsWith("\r1 articles, 1.0/s").contains("sitrep: rejected in.jsonl:3: not JSON\n");
  }

  @Test
  void durationsAreShort() {
    assertThat(ProgressBar.duration(59)).isEqualTo("59s");
    assertThat(ProgressBar.duration(125)).isEqualTo("2m05s");
    assertThat(ProgressBar.duration(7300)).isEqualTo("2h01m");
  }
}
