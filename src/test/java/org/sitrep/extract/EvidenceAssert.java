package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared assertion for every output (after Tribuo's TokenizerTestBase): each evidence span lies in
 * the input, quotes it exactly when it carries text, and spans never run backwards.
 */
public final class EvidenceAssert {
  private EvidenceAssert() {}

  /** Checks every {start, end[, text]} object in the tree; returns how many there were. */
  public static int assertSpansQuote(JsonNode root, String text) {
    List<JsonNode> spans = new ArrayList<>();
    collect(root, spans);
    for (JsonNode s : spans) {
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      assertThat(start).as("span start %s", s).isBetween(0, text.length());
      assertThat(end).as("span end %s", s).isBetween(start, text.length());
      if (s.has("text")) {
        assertThat(text.substring(start, end)).as("span %s quotes the input", s).isEqualTo(s.get("text").asText());
      }
    }
    return spans.size();
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isObject()) {
      if (n.has("start") && n.has("end") && n.get("start").isInt()) {
        out.add(n);
      }
      n.forEach(child -> collect(child, out));
    } else if (n.isArray()) {
      n.forEach(child -> collect(child, out));
    }
  }
}
