package org.sitrep.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.output.Json;

/**
 * Validates output JSON against {@code docs/schema/sitrep-output.schema.json} (draft 2020-12), read
 * from the project directory ({@code user.dir}, where Maven runs tests). For any test that writes
 * output records: {@code assertThat(SchemaSupport.violations(json)).isEmpty()}.
 */
public final class SchemaSupport {
  public static final Path SCHEMA = Path.of("docs", "schema", "sitrep-output.schema.json");
  private static volatile JsonSchema schema;

  private SchemaSupport() {}

  /** The schema's complaints about one output record (one JSON object), sorted; empty when valid. */
  public static List<String> violations(String json) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
    return schema().validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** The violations of a model object as {@code Json.MAPPER} serialises it. */
  public static List<String> violationsOf(Object outputRecord) {
    return violations(Json.line(outputRecord));
  }

  private static JsonSchema schema() {
    JsonSchema s = schema;
    if (s == null) {
      synchronized (SchemaSupport.class) {
        s = schema;
        if (s == null) {
          Path file = Path.of(System.getProperty("user.dir")).resolve(SCHEMA);
          try {
            JsonNode node = Json.MAPPER.readTree(Files.readString(file));
            s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output schema " + file, e);
          }
          schema = s;
        }
      }
    }
    return s;
  }
}
