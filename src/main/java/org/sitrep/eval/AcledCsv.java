package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sitrep.article.Article;

/**
 * Reads an ACLED notes CSV (recognised by its header) into {@link AcledRow}s and turns each row
 * into the {@link Article} devscore.py feeds to {@code sitrep extract}: id = event_id, text =
 * notes, source = source, published = event_date + 1 day (absent when the date does not parse).
 */
public final class AcledCsv {
  /** The columns evaluation needs; their presence is what makes a CSV an ACLED notes file. */
  public static final List<String> REQUIRED = List.of(
      "event_id", "event_date", "event_type", "sub_event_type", "inter1", "inter2", "country",
      "location", "latitude", "longitude", "source", "notes", "fatalities");

  private AcledCsv() {}

  /** Whether a header row names every required column. */
  public static boolean isAcledHeader(List<String> header) {
    return header.containsAll(REQUIRED);
  }

  /** Reads the rows whose event_id the filter accepts, in file order. */
  public static List<AcledRow> read(Path csv, Predicate<String> eventIdFilter) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return read(in, eventIdFilter, csv.toString());
    }
  }

  public static List<AcledRow> read(Reader in, Predicate<String> eventIdFilter, String name) {
    Rfc4180Reader records = new Rfc4180Reader(in);
    if (!records.hasNext()) {
      throw new IllegalArgumentException(name + ": empty file, expected an ACLED notes CSV header");
    }
    List<String> header = records.next();
    if (!isAcledHeader(header)) {
      List<String> missing = new ArrayList<>(REQUIRED);
      missing.removeAll(header);
      throw new IllegalArgumentException(name + ": not an ACLED notes CSV, missing columns " + missing);
    }
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      col.putIfAbsent(header.get(i), i);
    }
    List<AcledRow> rows = new ArrayList<>();
    while (records.hasNext()) {
      List<String> r = records.next();
      AcledRow row = toRow(r, col);
      if (eventIdFilter.test(row.eventId())) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static AcledRow toRow(List<String> r, Map<String, Integer> col) {
    return new AcledRow(
        get(r, col, "event_id"), get(r, col, "event_date"), get(r, col, "event_type"),
        get(r, col, "sub_event_type"), get(r, col, "inter1"), get(r, col, "inter2"), get(r, col, "country"),
        get(r, col, "location"), get(r, col, "latitude"), get(r, col, "longitude"), get(r, col, "source"),
        get(r, col, "notes"), get(r, col, "fatalities"));
  }

  private static String get(List<String> record, Map<String, Integer> col, String name) {
    int i = col.get(name);
    return i < record.size() ? record.get(i) : "";
  }

  /** The article devscore.py builds from a row. */
  public static Article toArticle(AcledRow row) {
    Article a = new Article(row.eventId(), row.notes(), null, null, row.source(), null);
    return AcledDates.parse(row.eventDate()).map(d -> a.withPublished(d.plusDays(1))).orElse(a);
  }
}
