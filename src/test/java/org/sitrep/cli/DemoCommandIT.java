package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code sitrep demo} is a newcomer's first command: it must succeed and show the samples' incidents
 * (with {@code --no-serve}; serving is the page's tests' business).
 */
class DemoCommandIT {
  @Test
  void demoSummarisesTheBundledSamples() {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("demo", "--no-serve")).isZero();
    assertThat(out.toString())
        .contains("Air/drone strike")
        .contains("Deir ez-Zor")
        .contains("fatalities low/best/high: 62/62/80")
        .contains("Synthetic sample")
        .contains("2 independent source(s)");
  }

  @Test
  void demoWithoutSamplesExplainsAndStillSucceeds() {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("demo", "--samples", "no-such-folder")).isZero();
    assertThat(out.toString()).contains("No sample folder");
  }
}
