package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.article.Defaults;
import picocli.CommandLine.Option;

/** The {@code --published} and {@code --source} options of the commands that read articles. */
final class InputDefaultsOption {
  @Option(names = "--published", paramLabel = "DATE", description = "Publication date for inputs that lack one.")
  LocalDate published;

  @Option(names = "--source", paramLabel = "NAME", description = "Outlet name for inputs that lack one.")
  String source;

  Defaults defaults() {
    return new Defaults(published, source);
  }
}
