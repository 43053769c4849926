package org.sitrep.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.incident.Incident;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.JdbcIncidentRepository;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.export.IncidentFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep incidents}: the store's incidents, filtered, as JSON, CSV, ACLED-style CSV or
 * GeoJSON on stdout (or {@code --out}). A bad filter or format is a usage error (exit 2) naming it.
 */
@Command(name = "incidents", mixinStandardHelpOptions = true,
    description = "Query and export the incidents in the store.")
public final class IncidentsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store = new StoreOption();

  @Option(names = "--since", paramLabel = "DATE", description = "Incidents on or after DATE (YYYY-MM-DD).")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", description = "Incidents on or before DATE (YYYY-MM-DD).")
  LocalDate until;

  @Option(names = "--country", paramLabel = "CC", description = "ISO 3166 alpha-2 country code.")
  String country;

  @Option(names = "--type", paramLabel = "TYPE", description = "An event type or its parent event_type.")
  String type;

  @Option(names = "--actor", paramLabel = "NAME", description = "Part of an actor's name (any case).")
  String actor;

  @Option(names = "--grade", paramLabel = "GRADE",
      description = "corroborated, single_source, contested or denied.")
  String grade;

  @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "minLon,minLat,maxLon,maxLat in degrees.")
  String bbox;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "json",
      description = "json, csv, acled or geojson. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: stdout).")
  Path out;

  @Override
  public Integer call() throws IOException {
    IncidentFormat fmt;
    IncidentQuery query;
    StoreLocation location;
    try {
      fmt = IncidentFormat.parse(format);
      query = new IncidentQuery(since, until, country, type, actor, grade, bbox == null ? null
          : IncidentQuery.BBox.parse(bbox));
      location = store.location();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Path file = location.sqliteFile();
    if (file != null && !Files.exists(file)) {
      throw new ParameterException(spec.commandLine(), "--db: no store at " + file
          + " (run 'sitrep ingest' first, or name the store with --db)");
    }
    List<Incident> incidents;
    try (JdbcIncidentRepository repo = JdbcIncidentRepository.open(location)) {
      incidents = repo.incidents(query);
    }
    if (out == null) {
      fmt.write(incidents, spec.commandLine().getOut());
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        fmt.write(incidents, w);
      }
    }
    return 0;
  }
}
