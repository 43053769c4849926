package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Extractors;

/**
 * Evaluation tier (after OpenNLP's *Eval tests): the extractor on the first 500 rows of the ACLED
 * dev notes' check split, each field above a floor set a little under the measured figure, so a
 * regression fails the build. Runs where ../shared/data/dev exists (CI has it); says so loudly
 * when it is skipped.
 */
class AcledDevEvalIT {
  private static final Path CSV = Path.of("..", "shared", "data", "dev", "acled_notes_dev.csv");

  @Test
  void checkSplitFiguresDoNotRegress() throws Exception {
    if (!Files.exists(CSV)) {
      System.err.println("\n*** SKIPPED AcledDevEvalIT: " + CSV.toAbsolutePath()
          + " is missing; the dev-data evaluation did not run ***\n");
      Assumptions.abort("dev data missing: " + CSV.toAbsolutePath());
    }
    List<AcledRow> rows = AcledCsv.read(CSV, SplitRule::isCheck).stream().limit(500).toList();
    EvalReport r = new EvalRun(Extractors.standard(), 2, CountryCodes.standard()).run(rows, "check", 5);
    System.out.println(r.render());
    assertThat(r.failures()).isEmpty();
    assertThat(r.typeWeightedF1()).isGreaterThan(FLOOR_TYPE_F1);
    assertThat(r.location().rate()).isGreaterThan(FLOOR_LOCATION);
    assertThat(r.actor1Inter().rate()).isGreaterThan(FLOOR_ACTOR1);
    assertThat(r.fatalities().rate()).isGreaterThan(FLOOR_FATALITIES);
  }

  // Floors: a little under the figures measured on these 500 rows (see the closing notes).
  private static final double FLOOR_TYPE_F1 = 0.45;
  private static final double FLOOR_LOCATION = 0.33;
  private static final double FLOOR_ACTOR1 = 0.45;
  private static final double FLOOR_FATALITIES = 0.70;
}
