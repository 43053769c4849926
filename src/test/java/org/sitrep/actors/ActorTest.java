package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.sitrep.actors.Actor.Kind;
import org.junit.jupiter.api.Test;

class ActorTest {
  @Test
  void genericActorsTakeTheirCountryInAcledForm() {
    assertThat(Actor.generic(Kind.STATE_MILITARY, "KE").name()).isEqualTo("Military Forces of Kenya");
    assertThat(Actor.generic(Kind.POLICE, "KE").name()).isEqualTo("Police Forces of Kenya");
    assertThat(Actor.generic(Kind.GOVERNMENT, "RU").name()).isEqualTo("Government of Russia");
    assertThat(Actor.generic(Kind.STATE_MILITARY, "US").name()).isEqualTo("Military Forces of the United States");
    assertThat(Actor.generic(Kind.PROTESTERS, "KE").name()).isEqualTo("Protesters (Kenya)");
    assertThat(Actor.generic(Kind.RIOTERS, "BD").name()).isEqualTo("Rioters (Bangladesh)");
    assertThat(Actor.generic(Kind.CIVILIANS, "SY").name()).isEqualTo("Civilians (Syria)");
    assertThat(Actor.generic(Kind.UNIDENTIFIED_ARMED, "MX").name()).isEqualTo("Unidentified Armed Group (Mexico)");
    assertThat(Actor.generic(Kind.CIVILIANS, "CD").name()).isEqualTo("Civilians (Democratic Republic of Congo)");
  }

  @Test
  void genericActorsKeepTheirInterAndCountry() {
    Actor p = Actor.generic(Kind.PROTESTERS).withCountry("KE");
    assertThat(p.inter()).isEqualTo(6);
    assertThat(p.country()).isEqualTo("KE");
    assertThat(Actor.generic(Kind.RIOTERS).inter()).isEqualTo(5);
    assertThat(Actor.generic(Kind.CIVILIANS).inter()).isEqualTo(7);
  }

  @Test
  void namedGroupsAndFilledActorsIgnoreWithCountry() {
    Actor shabaab = ActorDictionary.shared().lookup("al-Shabab").orElseThrow();
    assertThat(shabaab.withCountry("KE")).isEqualTo(shabaab);
    Actor kenyaPolice = Actor.generic(Kind.POLICE, "KE");
    assertThat(kenyaPolice.withCountry("UG")).isEqualTo(kenyaPolice);
  }

  @Test
  void stateForcesAbroadBecomeExternal() {
    Actor turkey = Actor.generic(Kind.STATE_MILITARY, "TR");
    assertThat(turkey.inter()).isEqualTo(1);
    assertThat(turkey.actingIn("SY").inter()).isEqualTo(8);
    assertThat(turkey.actingIn("TR").inter()).isEqualTo(1);
    assertThat(turkey.actingIn("SY").actingIn("TR").inter()).isEqualTo(1);
    Actor rebels = ActorDictionary.shared().lookup("the PKK").orElseThrow();
    assertThat(rebels.actingIn("IQ")).isEqualTo(rebels);
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> new Actor("X", 9, null, Kind.OTHER, null)).hasMessageContaining("9");
    assertThatThrownBy(() -> new Actor("X", 2, "QQ", Kind.REBEL, null)).hasMessageContaining("QQ");
    assertThatThrownBy(() -> new Actor("X", 2, null, Kind.REBEL, "rumour")).hasMessageContaining("rumour");
  }

  @Test
  void claimantTypesFollowTheKind() {
    assertThat(Actor.generic(Kind.STATE_MILITARY, "RU").claimantType()).isEqualTo("government");
    assertThat(ActorDictionary.claimantTypeOf(ActorDictionary.shared().lookup("Boko Haram").orElseThrow()))
        .isEqualTo("armed_group");
  }
}
