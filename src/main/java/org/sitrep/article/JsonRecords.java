package org.sitrep.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Maps one parsed JSON input record (SPEC "Input record") to an {@link Article}. */
final class JsonRecords {
  static final Set<String> FIELDS = Set.of("id", "text", "title", "published", "source", "url");

  /** The article, with warnings, or the reason it is rejected. */
  record Mapped(Article article, List<String> warnings, String rejection) {}

  private JsonRecords() {}

  /**
   * The result for one parsed record found at {@code where} ({@code path:line}); {@code
   * decodeWarning} (may be null) is attached to an accepted record.
   */
  static ReadResult toResult(String where, JsonNode node, String decodeWarning, ReadLimits limits) {
    String ref = id(node).map(id -> where + " (id " + id + ")").orElse(where);
    Mapped mapped = map(node);
    if (mapped.rejection() != null) {
      return new ReadResult.Rejected(ref, mapped.rejection());
    }
    Optional<String> problem = TextChecks.problem(mapped.article().text(), limits);
    if (problem.isPresent()) {
      return new ReadResult.Rejected(ref, problem.get());
    }
    List<String> warnings = new ArrayList<>();
    if (decodeWarning != null) {
      warnings.add(ref + ": " + decodeWarning);
    }
    mapped.warnings().forEach(w -> warnings.add(ref + ": " + w));
    return new ReadResult.Ok(mapped.article(), warnings);
  }

  /** The record's id when it has a usable one, for naming it in messages. */
  static Optional<String> id(JsonNode node) {
    JsonNode id = node.get("id");
    return id != null && id.isTextual() && !id.textValue().isBlank() ? Optional.of(id.textValue())
        : Optional.empty();
  }

  static Mapped map(JsonNode node) {
    if (!node.isObject()) {
      return rejected("not a JSON object but " + kind(node));
    }
    List<String> problems = new ArrayList<>();
    String id = requiredString(node, "id", problems);
    String text = requiredString(node, "text", problems);
    String title = optionalString(node, "title", problems);
    String source = optionalString(node, "source", problems);
    String url = optionalString(node, "url", problems);
    String publishedText = optionalString(node, "published", problems);
    if (!problems.isEmpty()) {
      return rejected(String.join("; ", problems));
    }
    List<String> warnings = new ArrayList<>();
    LocalDate published = null;
    if (publishedText != null) {
      published = IsoDates.parse(publishedText).orElse(null);
      if (published == null) {
        warnings.add("field 'published' is not an ISO date, ignored: \"" + publishedText + "\"");
      }
    }
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      warnings.add("unknown fields ignored: " + String.join(", ", unknown));
    }
    return new Mapped(new Article(id, text, title, published, source, url), warnings, null);
  }

  private static String requiredString(JsonNode node, String field, List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      problems.add("missing field '" + field + "'");
      return null;
    }
    if (!value.isTextual()) {
      problems.add("field '" + field + "' must be a string, not " + kind(value));
      return null;
    }
    if (field.equals("id") && value.textValue().isBlank()) {
      problems.add("field 'id' is blank");
    }
    return value.textValue();
  }

  private static String optionalString(JsonNode node, String field, List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add("field '" + field + "' must be a string, not " + kind(value));
      return null;
    }
    return value.textValue().isBlank() ? null : value.textValue().strip();
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static Mapped rejected(String reason) {
    return new Mapped(null, List.of(), reason);
  }
}
