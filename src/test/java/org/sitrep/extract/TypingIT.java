package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.model.EventMention;

/** Event typing: one case per mechanism, on sentences written for it (not from any test set). */
class TypingIT {
  private static List<EventMention> events(String text) {
    Article a = new Article("t", text, null, LocalDate.of(2023, 3, 14), "Test Wire", null);
    return Extractors.standard().extract(a).events();
  }

  private static String mainType(String text) {
    List<EventMention> ev = events(text);
    assertThat(ev).as("events of: %s", text).isNotEmpty();
    return ev.get(0).type();
  }

  @Test
  void theNamedPlatformKeepsAStrikeOnCiviliansAnAirStrike() {
    assertThat(mainType("In March, a government airstrike reportedly killed at least 30 civilians near Hama."))
        .isEqualTo("Air/drone strike");
  }

  @Test
  void aBlameIsTheEventOfTheSentenceItGoverns() {
    List<EventMention> ev = events("The interior ministry blamed separatist militants for the bombing of a bus depot "
        + "in Quetta on Monday.");
    assertThat(ev.get(0).type()).isEqualTo("Attribution of responsibility");
  }

  @Test
  void anActReportedBeforeItsClaimStaysTheMainEvent() {
    List<EventMention> ev = events("A roadside bomb killed four soldiers near Kandahar on Monday, officials said. "
        + "The Taliban claimed responsibility for the attack.");
    assertThat(ev.get(0).type()).isEqualTo("Remote explosive/landmine/IED");
  }

  @Test
  void aFightBetweenArmedGroupsIsAClash() {
    assertThat(mainType("A fight between two armed factions left six fighters dead in Sirte on Sunday."))
        .isIn("Armed clash", "Mob violence");
  }

  @Test
  void protestsThatHaveTakenPlaceAreReportedNotGeneric() {
    assertThat(mainType("Protests have taken place in Lusaka after the court annulled the vote, residents said."))
        .isEqualTo("Peaceful protest");
  }

  @Test
  void airstrikesGoingOnSinceAYearAreBackgroundNotAnEvent() {
    assertThat(events("Jets have been conducting airstrikes against the group since 2015.")).isEmpty();
  }

  @Test
  void severedRelationsAreDiplomaticAction() {
    assertThat(mainType("Ghana severed diplomatic relations with its neighbour on Friday, the foreign minister said."))
        .isEqualTo("Diplomatic action");
  }

  @Test
  void aProtestAtAMarketIsStillAProtest() {
    assertThat(mainType("Traders protested at the central market in Kisumu against new levies on Monday."))
        .isEqualTo("Peaceful protest");
  }

  @Test
  void aCrowdThatBurnsHomesRiots() {
    assertThat(mainType("Villagers burned the houses of two men accused of theft in Migori on Saturday."))
        .isEqualTo("Mob violence");
  }

  @Test
  void protestersWhoVandaliseMakeAViolentDemonstration() {
    assertThat(mainType("Protesters vandalised the district office in Homa Bay during a demonstration over water cuts."))
        .isEqualTo("Violent demonstration");
  }

  @Test
  void violenceOnlyVowedIsAPlannedChangeToGroupActivity() {
    List<EventMention> ev = events("The rebel commander vowed to launch new attacks on army bases in the east.");
    assertThat(ev).hasSize(1);
    assertThat(ev.get(0).type()).isEqualTo("Change to group/activity");
    assertThat(ev.get(0).mode()).isEqualTo("planned");
  }

  @Test
  void anAttemptKeepsTheTypeOfTheActAttempted() {
    assertThat(mainType("Militiamen tried to storm the market and attacked traders with machetes in Beni on Tuesday."))
        .isEqualTo("Attack");
  }

  @Test
  void aVictimNamedByTheirTradeIsAttackedNotFought() {
    assertThat(mainType("Armed men shot dead a pharmacist at his shop in Kaduna on Sunday.")).isEqualTo("Attack");
  }

  @Test
  void anActUnderAfterThatNamesNoEarlierEventIsTheEvent() {
    assertThat(mainType("Nine worshippers were injured after gunmen attacked a church in Garissa on Sunday."))
        .isEqualTo("Attack");
  }

  @Test
  void aRiotThatOnlyDatesAProtestIsNoEventOfItsOwn() {
    List<EventMention> ev = events("Relatives of the inmates protested outside the prison in Kisumu on Monday after a "
        + "riot there last month.");
    assertThat(ev).extracting(EventMention::type).containsExactly("Peaceful protest");
  }

  @Test
  void firingAtPositionsIsShooting() {
    assertThat(mainType("On Tuesday, government troops fired with machine guns at militia positions near the "
        + "village of Kuranda.")).isEqualTo("Armed clash");
  }

  @Test
  void firingACoachIsNoShot() {
    assertThat(events("The club fired its coach in Nairobi on Monday after a string of defeats.")).isEmpty();
  }

  @Test
  void shellsThatLandAreShelling() {
    assertThat(mainType("Shells fired by rebel forces landed in a market in Tripoli on Wednesday."))
        .isEqualTo("Shelling/artillery/missile attack");
  }

  @Test
  void aShellCompanyIsNoShelling() {
    assertThat(events("Investigators traced the money to a shell company registered in Nairobi.")).isEmpty();
  }

  @Test
  void policeShootingDeadAManDuringProtestsIsExcessiveForce() {
    assertThat(mainType("Police shot dead a motorcycle taxi rider during protests over fuel prices in Kisumu on Friday."))
        .isEqualTo("Excessive force against protesters");
  }

  @Test
  void aBombFoundAndDefusedIsDisruptedWeaponsUse() {
    assertThat(mainType("Police found and defused a bomb planted near a school in Garissa on Monday."))
        .isEqualTo("Disrupted weapons use");
    assertThat(mainType("A roadside bomb was discovered by soldiers on the road to Mandera on Tuesday."))
        .isEqualTo("Disrupted weapons use");
    assertThat(mainType("Air defences intercepted a ballistic missile over Marib on Sunday."))
        .isEqualTo("Disrupted weapons use");
  }

  @Test
  void aBombThatExplodedIsAnExplosion() {
    assertThat(mainType("A bomb exploded in a market in Mogadishu on Monday, killing five people."))
        .isEqualTo("Remote explosive/landmine/IED");
  }

  @Test
  void seizingGoodsOrPeopleTakesNoTerritory() {
    assertThat(events("Police seized two tonnes of cannabis in Mombasa on Monday."))
        .extracting(EventMention::type).doesNotContain("Non-state actor overtakes territory");
    assertThat(mainType("Rebels captured the town of Kalehe on Sunday.")).isEqualTo("Non-state actor overtakes territory");
    assertThat(mainType("Government forces recaptured the oil refinery at Baiji from the militants on Sunday."))
        .isEqualTo("Government regains territory");
  }

  @Test
  void aPersonBurntIsNoPropertyDestroyed() {
    assertThat(events("A soldier burned a herder with a hot iron in Sangailu on Monday, residents said."))
        .extracting(EventMention::type).isNotEmpty().doesNotContain("Looting/property destruction");
  }

  @Test
  void violenceLeadsAnArrestOfTheSameSentence() {
    assertThat(mainType("Security forces arrested and beat an opposition leader in Warder on Tuesday."))
        .isEqualTo("Attack");
    assertThat(mainType("Police arrested 40 opposition supporters in Kampala on Monday.")).isEqualTo("Arrests");
  }

  @Test
  void aDispersalOrArrestsRightAfterAProtestAreItsIntervention() {
    List<EventMention> ev = events("Hundreds of traders protested outside the county offices in Nakuru on Monday "
        + "against new levies. Police dispersed them with tear gas.");
    assertThat(ev).extracting(EventMention::type).containsExactly("Protest with intervention");
    assertThat(mainType("Members of the opposition party staged a rally in Rangpur on Sunday, demanding fresh "
        + "elections. Police arrested 12 of them at the scene.")).isEqualTo("Protest with intervention");
  }

  @Test
  void theArrestAProtestIsAgainstDoesNotBreakItUp() {
    assertThat(mainType("Journalists protested in Lahore on Saturday against the arrest of their editor. He was "
        + "arrested last week over a property case.")).isEqualTo("Peaceful protest");
  }

  @Test
  void aPatrolConductedIsAChangeToGroupActivityButAPatrolAmbushedIsNot() {
    assertThat(mainType("Russian military police conducted a patrol in the countryside of Darbasiyah on Monday."))
        .isEqualTo("Change to group/activity");
    assertThat(mainType("A police patrol was ambushed near Garissa on Monday.")).isNotEqualTo("Change to group/activity");
  }

  @Test
  void fireExchangedIsGunfireButAFireAtAMarketIsABlaze() {
    assertThat(mainType("Rival militias exchange fire over grazing land near Marigat, killing a bystander."))
        .isEqualTo("Armed clash");
    assertThat(mainType("A fire at a market in Nairobi destroyed dozens of stalls on Monday."))
        .isEqualTo("Man-made disaster");
  }

  @Test
  void anActReportedAsFactLeadsTheBlameAboutIt() {
    assertThat(mainType("A grenade attack on a church in Garissa was blamed on the militants on Sunday."))
        .isEqualTo("Grenade");
    assertThat(mainType("A man was killed in Kilifi on Sunday. His family accused the police of killing him."))
        .isEqualTo("Attack");
  }

  @Test
  void aGangsViolenceLeadsItsCrime() {
    assertThat(mainType("An armed gang shot dead a priest near Kikuyu town on Monday and stole donations."))
        .isEqualTo("Attack");
  }

  @Test
  void violenceAgainstAPersonNounIsGrounded() {
    assertThat(mainType("Gun attack on a political aspirant for the constituency.")).isEqualTo("Attack");
    assertThat(events("The coach attacked the referee's decision after the match.")).isEmpty();
  }

  @Test
  void aPlaceTakenWithoutResistanceChangedHandsWithoutFighting() {
    assertThat(mainType("Rebels took control of the town of Kiwanja on Monday without resistance, residents said."))
        .isEqualTo("Non-violent transfer of territory");
    assertThat(mainType("Islamist fighters overtook the village of Dabanga on Tuesday after heavy fighting with "
        + "soldiers.")).isEqualTo("Non-state actor overtakes territory");
  }

  @Test
  void anAccidentKeepsTheDeathsItCaused() {
    assertThat(mainType("A four-storey apartment block collapsed in Kano on Monday, killing at least six residents."))
        .isEqualTo("Man-made disaster");
    assertThat(mainType("Two buses collided on the highway outside Multan on Sunday, killing 14 passengers."))
        .isEqualTo("Man-made disaster");
    assertThat(mainType("A blaze tore through a textile factory in Surat overnight, killing eleven workers."))
        .isEqualTo("Man-made disaster");
    assertThat(mainType("Floodwaters swept away homes in three villages of Kasese district on Friday, killing nine "
        + "people.")).isEqualTo("Natural disaster");
  }

  @Test
  void anExplosionAtAWorksWithNoWeaponNamedIsAnAccident() {
    assertThat(mainType("An explosion at a gold mine in Kayes region on Tuesday killed 15 miners, officials said."))
        .isEqualTo("Man-made disaster");
    assertThat(mainType("A bomb exploded outside a fuel depot in Kirkuk on Tuesday, killing three guards."))
        .isEqualTo("Remote explosive/landmine/IED");
  }

  @Test
  void aFireSetByPeopleIsNoAccident() {
    assertThat(mainType("Villagers set a suspected witch's house on fire in Kisii on Sunday, killing her."))
        .isNotEqualTo("Man-made disaster");
  }

  @Test
  void aChemicalAgentDecidesWhateverDeliversIt() {
    assertThat(mainType("Militants fired mortar rounds filled with mustard agent at army positions near Tal Afar on "
        + "Monday, wounding 12 soldiers.")).isEqualTo("Chemical weapon");
  }

  @Test
  void aWeaponStoppedBeforeItStruckIsDisruptedWeaponsUse() {
    assertThat(mainType("Police bomb experts defused a roadside bomb planted near a bridge in Lashkar Gah on "
        + "Monday, officials said.")).isEqualTo("Disrupted weapons use");
    assertThat(mainType("Air defences intercepted three rockets fired toward Ashkelon on Sunday night, the military "
        + "said.")).isEqualTo("Disrupted weapons use");
    assertThat(mainType("Gunmen intercepted a minibus near Zurmi on Sunday and abducted 12 passengers, police said."))
        .isNotEqualTo("Disrupted weapons use");
  }

  @Test
  void aCrowdMetByForceThatDidNothingViolentIsAProtestWithIntervention() {
    assertThat(mainType("Riot police fired tear gas and water cannon to disperse nurses demonstrating for better pay "
        + "outside the health ministry in Lilongwe on Tuesday.")).isEqualTo("Protest with intervention");
    assertThat(mainType("Protesters hurled stones at police in Lilongwe on Tuesday, and officers fired tear gas to "
        + "disperse them.")).isEqualTo("Violent demonstration");
  }

  @Test
  void theRaidsArrestsWereMadeInAreNoAttackOfTheirOwn() {
    assertThat(mainType("Security forces detained 40 suspected militants in dawn raids across Kaduna on Wednesday, "
        + "police said.")).isEqualTo("Arrests");
    assertThat(mainType("Soldiers arrested 12 suspected rebels in raids on villages near Beni on Sunday, the army "
        + "said.")).isEqualTo("Arrests");
  }

  @Test
  void forcesDrivenOutOfAPlaceLoseIt() {
    assertThat(mainType("Government troops drove militant fighters out of the town of Bulo Burte on Sunday, the army "
        + "said.")).isEqualTo("Government regains territory");
    assertThat(events("The minister drove out of Mogadishu on Sunday to visit a school in Afgooye."))
        .extracting(EventMention::type).doesNotContain("Government regains territory");
  }
}
