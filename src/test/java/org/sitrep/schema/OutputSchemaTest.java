package org.sitrep.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventType;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.extract.model.ArticleMeta;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Claim;
import org.sitrep.extract.model.Claimant;
import org.sitrep.extract.model.DateValue;
import org.sitrep.extract.model.Diagnostic;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Evidence;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.extract.model.Fatalities;
import org.sitrep.extract.model.Location;
import org.sitrep.extract.model.Plover;
import org.sitrep.output.Json;

class OutputSchemaTest {
  private static final Evidence SPAN = new Evidence(700, 736, "Sixty-two Syrian soldiers were killed");

  static EventMention event(String type, String parent, List<Evidence> evidence, Integer inter) {
    Claimant russia = new Claimant("Russian military", "government");
    return new EventMention(type, parent, new Plover("ASSAULT", "aerial"), "195", "reported",
        new DateValue("2016-09-17", "day", List.of(new Evidence(512, 517, null))),
        new Location("Deir ez-Zor", "Dayr al-Zawr military airport", 170794L, "SY", "Deir ez-Zor", 35.336, 40.141,
            "near", List.of(new Evidence(300, 329, null))),
        new ActorRef("Military Forces of the United States", "US-led coalition", 8, "US", evidence),
        new ActorRef("Military Forces of Syria", "Syrian forces", inter, "SY", List.of()),
        List.of(new ActorRef("Military Forces of Australia", null, null, "AU", List.of())),
        List.of(new Casualty("killed", 62, "exact", null, null, "Syrian soldiers", "state_forces", russia,
            List.of(SPAN)),
            new Casualty("killed", 80, "at_least", null, null, null, "state_forces",
                new Claimant("Syrian Observatory for Human Rights", "monitor_ngo"), List.of()),
            new Casualty("injured", null, "range", 10, 20, null, null, Claimant.UNATTRIBUTED, List.of())),
        new Fatalities(62, 62, 80),
        List.of(new Claim(new Claimant("US military", "government"), "acknowledges", "occurrence", evidence)),
        evidence);
  }

  static ExtractionResult full() {
    EventMention main = event("Air/drone strike", "Explosions/Remote violence", List.of(new Evidence(0, 80, null)), 1);
    EventMention sparse = new EventMention("Diplomatic action", "Crisis", null, null, "historical",
        new DateValue(null, "unknown", List.of()), null, null, null, null, List.of(), new Fatalities(null, null, null),
        List.of(), List.of());
    return new ExtractionResult("a1", new ArticleMeta("Title", "Press TV", "2016-09-17", null), List.of(main, sparse),
        List.of(new Diagnostic("warning", "odd input")), "sitrep-test");
  }

  @Test
  void fullRecordIsValid() {
    assertThat(SchemaSupport.violationsOf(full())).isEmpty();
  }

  @Test
  void minimalRecordWithNullsIsValid() {
    ExtractionResult r = new ExtractionResult("a2", null, List.of(), List.of(), null);
    assertThat(Json.line(r)).contains("\"article\":null");
    assertThat(SchemaSupport.violationsOf(r)).isEmpty();
  }

  @Test
  void everyEventTypeWithItsParentIsValid() {
    for (EventType t : EventType.values()) {
      ExtractionResult r = new ExtractionResult("t", null,
          List.of(event(t.label(), t.parent(), List.of(), 1)), List.of(), null);
      assertThat(SchemaSupport.violationsOf(r)).as(t.label()).isEmpty();
    }
  }

  @Test
  void badTypeLabelFails() {
    assertInvalid(one(event("Airstrike", "Explosions/Remote violence", List.of(), 1)), "$.events[0].type");
  }

  @Test
  void typeUnderTheWrongParentFails() {
    assertInvalid(one(event("Air/drone strike", "Battles", List.of(), 1)), "$.events[0].type");
  }

  @Test
  void negativeSpanFails() {
    assertInvalid(one(event("Attack", "Violence against civilians", List.of(new Evidence(-1, 4, null)), 1)),
        "evidence[0].start: must have a minimum value of 0");
  }

  @Test
  void interOutsideOneToEightFails() {
    assertInvalid(one(event("Attack", "Violence against civilians", List.of(), 9)), "$.events[0].actor2.inter");
  }

  @Test
  void missingIdFails() {
    ObjectNode node = Json.MAPPER.valueToTree(full());
    node.remove("id");
    assertThat(SchemaSupport.violations(node.toString())).singleElement().asString().contains("id");
  }

  @Test
  void unknownFieldAndBadEnumsFail() {
    ObjectNode node = Json.MAPPER.valueToTree(full());
    node.put("score", 1);
    assertThat(SchemaSupport.violations(node.toString())).isNotEmpty();
    for (String[] bad : Arrays.asList(
        new String[] {"mode", "rumoured"}, new String[] {"cameo", null})) {
      ObjectNode n = Json.MAPPER.valueToTree(full());
      ((ObjectNode) n.get("events").get(0)).put(bad[0], bad[1]);
      assertThat(SchemaSupport.violations(n.toString())).as(bad[0]).isNotEmpty();
    }
    ObjectNode cas = Json.MAPPER.valueToTree(full());
    ((ObjectNode) cas.at("/events/0/casualties/0")).put("kind", "maimed");
    assertThat(SchemaSupport.violations(cas.toString())).isNotEmpty();
    ObjectNode claimant = Json.MAPPER.valueToTree(full());
    ((ObjectNode) claimant.at("/events/0/claims/0/claimant")).put("type", "blogger");
    assertThat(SchemaSupport.violations(claimant.toString())).isNotEmpty();
  }

  @Test
  void notJsonIsReported() {
    assertThat(SchemaSupport.violations("{oops")).singleElement().asString().startsWith("not JSON");
  }

  private static ExtractionResult one(EventMention e) {
    return new ExtractionResult("x", null, List.of(e), List.of(), null);
  }

  private static void assertInvalid(ExtractionResult r, String fragment) {
    assertThat(SchemaSupport.violationsOf(r)).as(Json.line(r)).isNotEmpty().allMatch(v -> v.contains(fragment));
  }
}
