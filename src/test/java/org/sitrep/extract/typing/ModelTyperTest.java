package org.sitrep.extract.typing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventType;
import org.sitrep.extract.typing.ModelTyper.Findings;
import org.sitrep.extract.typing.ModelTyper.Kind;

/** How the rules' findings bind the model, with a model that is sure of one type whatever the text. */
class ModelTyperTest {
  private static ModelTyper sureOf(String label) {
    List<String> labels = List.of("Armed clash", "Attack", "Change to group/activity", "Mob violence");
    float[] bias = new float[labels.size()];
    bias[labels.indexOf(label)] = 10f;
    return new ModelTyper(new LinearTypeModel(labels, Map.of("bias", bias), Map.of()), 0.0);
  }

  private static final EnumSet<Kind> VIOLENCE = EnumSet.of(Kind.VIOLENCE);
  private static final String TEXT = "Gunmen opened fire in the market on Monday.";

  @Test
  void aSureModelRetypesAFactualMention() {
    assertThat(sureOf("Armed clash").decide(EventType.ATTACK, TEXT, VIOLENCE, new Findings(true, false)))
        .isEqualTo(EventType.ARMED_CLASH);
    assertThat(sureOf("Attack").decide(EventType.CHANGE_TO_GROUP, TEXT, VIOLENCE, new Findings(true, false)))
        .isEqualTo(EventType.ATTACK);
  }

  @Test
  void aMentionThatIsNotFactualKeepsTheRulesType() {
    assertThat(sureOf("Attack").decide(EventType.CHANGE_TO_GROUP, TEXT, VIOLENCE, new Findings(false, false)))
        .isEqualTo(EventType.CHANGE_TO_GROUP);
    assertThat(sureOf("Mob violence").decide(EventType.ATTACK, TEXT, VIOLENCE, new Findings(false, false)))
        .isEqualTo(EventType.ATTACK);
  }

  @Test
  void unarmedVictimsAreNeverInAnArmedClash() {
    assertThat(sureOf("Armed clash").decide(EventType.ATTACK, TEXT, VIOLENCE, new Findings(true, true)))
        .isEqualTo(EventType.ATTACK);
    // the model may still choose another type than a fight between armed sides
    assertThat(sureOf("Mob violence").decide(EventType.ATTACK, TEXT, VIOLENCE, new Findings(true, true)))
        .isEqualTo(EventType.MOB_VIOLENCE);
  }

  @Test
  void aTypeTheParseDecidedBindsASureModel() {
    assertThat(sureOf("Attack").decide(EventType.DISRUPTED_WEAPONS_USE, TEXT, VIOLENCE, new Findings(true, false, true)))
        .isEqualTo(EventType.DISRUPTED_WEAPONS_USE);
    assertThat(sureOf("Attack").decide(EventType.EXCESSIVE_FORCE, TEXT, VIOLENCE, new Findings(true, false, true)))
        .isEqualTo(EventType.EXCESSIVE_FORCE);
  }
}
