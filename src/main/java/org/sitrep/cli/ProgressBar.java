package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.sitrep.store.IngestListener;

/**
 * Ingest progress on stderr: on a terminal one redrawn line (a bar, articles done / total, rate,
 * ETA); otherwise a plain log line every 10% (or every 100 articles when the total is unknown).
 * Problems and warnings are printed as they come, each on its own line.
 */
final class ProgressBar implements IngestListener {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private Integer total;
  private int done;
  private long start;
  private long lastDraw;
  private int lastLoggedStep = -1;

  ProgressBar(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
  }

  @Override
  public void started(Integer total) {
    this.total = total;
    this.start = nanoTime.getAsLong();
  }

  @Override
  public void done(String ref, Outcome outcome) {
    done++;
    long now = nanoTime.getAsLong();
    if (terminal) {
      if (now - lastDraw >= REDRAW_NANOS || (total != null && done == total)) {
        lastDraw = now;
        err.print("\r" + line(now));
        err.flush();
      }
      return;
    }
    int step = total == null || total == 0 ? done / 100 : done * 10 / total;
    if (step != lastLoggedStep) {
      lastLoggedStep = step;
      err.println("sitrep ingest: " + line(now));
      err.flush();
    }
  }

  @Override
  public void problem(String ref, String reason) {
    clearLine();
    err.println("sitrep: rejected " + ref + ": " + reason);
    err.flush();
  }

  @Override
  public void warning(String message) {
    clearLine();
    err.println("sitrep: warning " + message);
  }

  /** Ends the bar's line on a terminal. */
  void finish() {
    if (terminal && done > 0) {
      err.println();
      err.flush();
    }
  }

  private void clearLine() {
    if (terminal && done > 0) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
    }
  }

  String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    StringBuilder s = new StringBuilder();
    if (total != null && total > 0) {
      int filled = (int) Math.min(WIDTH, (long) done * WIDTH / total);
      s.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
      s.append(done).append('/').append(total);
    } else {
      s.append(done);
    }
    s.append(String.format(Locale.ROOT, " articles, %.1f/s", rate));
    if (total != null && rate > 0 && done < total) {
      s.append(", ETA ").append(duration((long) ((total - done) / rate)));
    }
    return s.toString();
  }

  static String duration(long seconds) {
    return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
        : seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
  }
}
