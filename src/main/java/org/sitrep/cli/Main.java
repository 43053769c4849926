package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line: subcommands per SPEC; exit 0 ok, 1 inputs rejected, 2 usage. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Structured, geocoded, source-attributed incident data from conflict and crisis news.",
    subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, DemoCommand.class,
        TrainCommand.class, IngestCommand.class, IncidentsCommand.class, ServeCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? 2 : 1);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("sitrep: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
      return ex instanceof IllegalArgumentException ? 2 : 1;
    });
    cl.registerConverter(java.time.LocalDate.class, Main::date);
    // stdout in UTF-8 whatever the platform's default charset (incident exports carry any script)
    cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true));
    return cl;
  }

  private static java.time.LocalDate date(String s) {
    try {
      return java.time.LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + s + "' is not a date (expected YYYY-MM-DD)");
    }
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    System.exit(code);
  }
}
