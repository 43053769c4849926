package org.sitrep.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.article.Article;
import org.sitrep.output.Json;

/**
 * Reads benchmark articles from JSONL (SPEC's input record: {@code id} and {@code text} required;
 * {@code title}, {@code published}, {@code source}, {@code url} optional). A bad line is rejected
 * with its line number and reason; the others are read.
 */
public final class BenchInput {
  /** The articles read and the lines rejected. */
  public record Loaded(List<Article> articles, List<String> rejected) {}

  private BenchInput() {}

  public static Loaded read(Path jsonl) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  public static Loaded read(Reader reader) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<Article> articles = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        articles.add(toArticle(Json.MAPPER.readTree(line)));
      } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
        rejected.add("line " + number + ": " + firstLine(e.getMessage()));
      }
    }
    return new Loaded(List.copyOf(articles), List.copyOf(rejected));
  }

  private static Article toArticle(JsonNode o) {
    if (!o.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = text(o, "id");
    String body = text(o, "text");
    if (id == null || body == null) {
      throw new IllegalArgumentException("missing " + (id == null ? "id" : "text"));
    }
    String published = text(o, "published");
    return new Article(id, body, text(o, "title"), published == null ? null : LocalDate.parse(published),
        text(o, "source"), text(o, "url"));
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
