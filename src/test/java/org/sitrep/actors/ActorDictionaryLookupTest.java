package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.actors.Actor.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryLookupTest {
  private final ActorDictionary dict = ActorDictionary.shared();

  private String name(String phrase) {
    return dict.lookup(phrase).map(Actor::name).orElse("<none>");
  }

  @Test
  void aliasesMeetOneCanonicalName() {
    for (String alias : List.of("Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and the Levant")) {
      assertThat(name(alias)).as(alias).isEqualTo("Islamic State");
    }
    for (String alias : List.of("Al Shabaab", "al-Shabab", "Shabaab", "the al-Shabaab")) {
      assertThat(name(alias)).as(alias).isEqualTo("Al Shabaab");
    }
    assertThat(name("Houthi fighters")).isEqualTo(name("Houthis"));
    assertThat(name("ISIS militants")).isEqualTo("Islamic State");
    assertThat(name("Nusra Front")).isEqualTo(name("Jabhat Fateh al-Sham"));
    assertThat(name("Ansar Allah")).isEqualTo(name("the Houthis"));
    assertThat(name("Syrian Observatory for Human Rights")).isEqualTo("SOHR: Syrian Observatory for Human Rights");
    assertThat(dict.lookup("CJNG").orElseThrow().inter()).isEqualTo(3);
    assertThat(dict.lookup("M23").orElseThrow().country()).isEqualTo("CD");
  }

  @Test
  void shortAcronymsMatchOnlyInCapitals() {
    assertThat(dict.lookup("is")).isEmpty();
    assertThat(dict.lookup("who")).isEmpty();
    assertThat(name("WHO")).isEqualTo("WHO: World Health Organization");
  }

  @Test
  void countryAndForceNounCompose() {
    assertThat(name("Syrian forces")).isEqualTo("Military Forces of Syria");
    assertThat(name("the Syrian army")).isEqualTo("Military Forces of Syria");
    assertThat(name("Russia army")).isEqualTo("Military Forces of Russia");
    assertThat(name("the US military")).isEqualTo("Military Forces of the United States");
    assertThat(name("Kenyan police")).isEqualTo("Police Forces of Kenya");
    assertThat(name("a Kenyan policewoman")).isEqualTo("Police Forces of Kenya");
    assertThat(name("Kenyan police reservists")).isEqualTo("Police Forces of Kenya");
    assertThat(name("a Nigerian police constable")).isEqualTo("Police Forces of Nigeria");
    assertThat(name("Syria's foreign ministry")).isEqualTo("Government of Syria");
    assertThat(name("the Russian Foreign Ministry")).isEqualTo("Government of Russia");
    assertThat(name("the Syrian General Command")).isEqualTo("Government of Syria");
    assertThat(name("Syrian government forces")).isEqualTo("Military Forces of Syria");
    assertThat(name("Nigerian troops")).isEqualTo("Military Forces of Nigeria");
    assertThat(name("Ugandan riot police")).isEqualTo("Police Forces of Uganda");
  }

  @Test
  void ledCoalitionsAreTheLeadersForcesAbroad() {
    Actor us = dict.lookup("the US-led coalition").orElseThrow();
    assertThat(us.name()).isEqualTo("Military Forces of the United States");
    assertThat(us.inter()).isEqualTo(8);
    assertThat(dict.lookup("a French-led coalition").orElseThrow().name()).isEqualTo("Military Forces of France");
    assertThat(dict.lookup("US-led coalition jets").orElseThrow().inter()).isEqualTo(8);
    assertThat(dict.lookup("the anti-ISIS coalition").orElseThrow().country()).isEqualTo("US");
  }

  @Test
  void genericNounsWaitForTheirCountry() {
    Actor gunmen = dict.lookup("gunmen").orElseThrow();
    assertThat(gunmen.kind()).isEqualTo(Kind.UNIDENTIFIED_ARMED);
    assertThat(gunmen.country()).isNull();
    assertThat(gunmen.withCountry("NG").name()).isEqualTo("Unidentified Armed Group (Nigeria)");
    assertThat(dict.lookup("demonstrators").orElseThrow().withCountry("CL").name()).isEqualTo("Protesters (Chile)");
    assertThat(dict.lookup("villagers").orElseThrow().inter()).isEqualTo(7);
    assertThat(dict.lookup("Fulani herdsmen").orElseThrow().withCountry("NG").name())
        .isEqualTo("Fulani Ethnic Militia (Nigeria)");
    assertThat(name("Turkana raiders")).isEqualTo("Turkana Ethnic Militia (Kenya)");
  }

  @Test
  void unknownGroupsAreNamedFromTheirHeadWord() {
    Actor front = dict.lookup("the Northern Valley Resistance Front").orElseThrow();
    assertThat(front.name()).isEqualTo("Northern Valley Resistance Front");
    assertThat(front.kind()).isEqualTo(Kind.REBEL);
    assertThat(front.inter()).isEqualTo(2);
    Actor militia = dict.lookup("Red Hills Militia").orElseThrow();
    assertThat(militia.inter()).isEqualTo(3);
    assertThat(dict.lookup("Turkish-backed rebels").orElseThrow().country()).isNull();
    assertThat(dict.lookup("Jaish al-Fath al-Jadid").orElseThrow().kind()).isEqualTo(Kind.REBEL);
  }

  @Test
  void userFilesOverrideAndExtendTheBuiltInData(@TempDir Path dir) throws IOException {
    Path extra = dir.resolve("my-actors.tsv");
    Files.writeString(extra, String.join("\n",
        "name\tinter\tkind\tcountry\tclaimant_type\taliases",
        "Al Shabaab\t2\tREBEL\tSO\t\tAl Shabaab|the Youth Movement|Harakat al-Shabaab",
        "Silver Lake Defenders\t4\tIDENTITY_MILITIA\tKE\t\tSLD|Lake Defenders",
        ""), StandardCharsets.UTF_8);
    ActorDictionary mine = ActorDictionary.load(List.of(extra));
    assertThat(mine.lookup("the Youth Movement").map(Actor::name)).contains("Al Shabaab");
    assertThat(mine.lookup("Lake Defenders").orElseThrow().inter()).isEqualTo(4);
    assertThat(mine.lookup("SLD").orElseThrow().country()).isEqualTo("KE");
    assertThat(mine.lookup("ISIS").map(Actor::name)).contains("Islamic State");
    assertThat(dict.lookup("Lake Defenders").map(Actor::kind)).isNotEqualTo(java.util.Optional.of(Kind.IDENTITY_MILITIA));
  }

  @Test
  void claimantPhrasesAreTyped() {
    assertThat(dict.claimantTypeOf("a doctor at the hospital")).isEqualTo("medical");
    assertThat(dict.claimantTypeOf("witnesses")).isEqualTo("witness");
    assertThat(dict.claimantTypeOf("local residents")).isEqualTo("witness");
    assertThat(dict.claimantTypeOf("state media")).isEqualTo("media");
    assertThat(dict.claimantTypeOf("the agency")).isEqualTo("media");
    assertThat(dict.claimantTypeOf("the ministry of health")).isEqualTo("government");
    assertThat(dict.claimantTypeOf("the Syrian Observatory for Human Rights")).isEqualTo("monitor_ngo");
    assertThat(dict.claimantTypeOf("a spokesman for the Taliban")).isEqualTo("armed_group");
    assertThat(dict.claimantTypeOf("the Russian army")).isEqualTo("government");
    assertThat(dict.claimantTypeOf("UNHCR")).isEqualTo("international_org");
    assertThat(dict.claimantTypeOf("a passer-by with a camera")).isEqualTo("unattributed");
  }
}
