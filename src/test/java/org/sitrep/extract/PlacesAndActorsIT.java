package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.model.EventMention;

/**
 * Places and actors of the main event: one regression case per mechanism of EventWriter,
 * PlaceResolver and DefaultActors, on sentences written for it (not taken from any dataset).
 */
class PlacesAndActorsIT {
  private static EventMention main(String text, String source) {
    Article a = new Article("t", text, null, LocalDate.of(2022, 8, 9), source, null);
    var events = Extractors.standard().extract(a).events();
    assertThat(events).as("events of: %s", text).isNotEmpty();
    return events.get(0);
  }

  @Test
  void aForeignNamesakeOfAnUnknownLocalUnitIsNotThePlace() {
    // no Fatehpur in Bangladesh in cities500; India's town of 190k is not meant from afar here
    EventMention e = main("On Sunday, students blocked the road in Fatehpur union, Hathazari upazila (Chittagong), "
        + "demanding a new bridge.", "Test Wire");
    assertThat(e.location().country()).isEqualTo("BD");
  }

  @Test
  void anAdmin1UnitThatNoTownIsNamedAfterResolvesAsTheUnit() {
    // cities500 has no Samburu or Turkana; the GeoNames admin1 names do, placed at their towns' mean point
    EventMention county = main("Gunmen killed two herders in a village in Samburu County on Monday.", "Test Wire");
    assertThat(county.location().name()).isEqualTo("Samburu");
    assertThat(county.location().country()).isEqualTo("KE");
    assertThat(county.location().precision()).isEqualTo("admin1");
    assertThat(county.location().geonameid()).isNull();
    EventMention bare = main("Militants attacked an army post in Turkana on Monday, killing two soldiers.", "Test Wire");
    assertThat(bare.location().country()).isEqualTo("KE");
    assertThat(bare.location().precision()).isEqualTo("admin1");
  }

  @Test
  void aLoneFarAwayNamesakeDoesNotOverrideTheOutletsCountry() {
    // Ylitornio is a Finnish village, 7,000 km from Kenya: not the site, not the country context
    EventMention e = main("Police shot dead two suspected robbers in Ylitornio village on Monday.", "The Star (Kenya)");
    assertThat(e.location().country()).isEqualTo("KE");
  }

  @Test
  void aFamousCityAbroadMustBeTaggedALocationToBeMeant() {
    // "Kali" is an alternate name of Cali (Colombia, 2.4M); here it names a goddess
    EventMention e = main("On Monday, a mob vandalised the Kali temple and two shops in Faridpur, Bangladesh.",
        "Test Wire");
    assertThat(e.location().country()).isEqualTo("BD");
    assertThat(e.location().name()).isNotEqualTo("Cali");
  }

  @Test
  void aPlaceNamedOnlyInAnotherRoleLocatesTheEventAtAdmin1() {
    EventMention e = main("Nakuru's governor said three farmers were killed by unknown attackers on Monday.",
        "Test Wire");
    assertThat(e.location().name()).isEqualTo("Nakuru");
    assertThat(e.location().precision()).isEqualTo("admin1");
  }

  @Test
  void aDestinationWeighsLessThanTheOutletsCountry() {
    EventMention e = main("Gunmen abducted two teachers on Monday and took them to Somalia.", "The Star (Kenya)");
    assertThat(e.location().country()).isEqualTo("KE");
    assertThat(e.actor1().name()).isEqualTo("Unidentified Armed Group (Kenya)");
    assertThat(e.actor1().inter()).isEqualTo(3);
  }

  @Test
  void aNamedGroupTheParseDoesNotLinkIsStillTheAttacker() {
    EventMention e = main("03 May. Al Shabaab attacks Mandera, killing four quarry workers.", "Test Wire");
    assertThat(e.actor1().name()).isEqualTo("Al Shabaab");
    assertThat(e.actor1().inter()).isEqualTo(2);
    assertThat(e.actor2().name()).isEqualTo("Civilians (Kenya)");
    assertThat(e.actor2().inter()).isEqualTo(7);
  }

  @Test
  void theUnnamedSidesOfACommunalClashAreIdentityMilitias() {
    EventMention e = main("At least 13 people were killed in inter-clan clashes over a watering hole in Mandera "
        + "on Sunday.", "Test Wire");
    assertThat(e.type()).isEqualTo("Armed clash");
    assertThat(e.actor1().inter()).isEqualTo(4);
    assertThat(e.actor1().name()).isEqualTo("Unidentified Communal Militia (Kenya)");
    assertThat(e.actor2().inter()).isEqualTo(4);
  }

  @Test
  void policeHitByABombAreTheSecondActor() {
    EventMention e = main("On Monday, an IED planted by Al Shabaab hit a police vehicle on the road out of Wajir, "
        + "injuring four officers.", "Test Wire");
    assertThat(e.actor1().name()).isEqualTo("Al Shabaab");
    assertThat(e.actor2().name()).isEqualTo("Police Forces of Kenya");
    assertThat(e.actor2().inter()).isEqualTo(1);
  }

  @Test
  void protestersAndRioterAreNamedByCountry() {
    EventMention protest = main("Hundreds of protesters marched in Nairobi on Monday against rising fuel prices.",
        "Test Wire");
    assertThat(protest.actor1().name()).isEqualTo("Protesters (Kenya)");
    assertThat(protest.actor1().inter()).isEqualTo(6);
    EventMention mob = main("A mob lynched a suspected thief in Kisumu on Monday.", "Test Wire");
    assertThat(mob.actor1().name()).isEqualTo("Rioters (Kenya)");
    assertThat(mob.actor1().inter()).isEqualTo(5);
    assertThat(mob.actor2().inter()).isEqualTo(7);
  }

  @Test
  void unidentifiedGunmenAreAnUnidentifiedArmedGroupOfTheCountry() {
    EventMention e = main("Unidentified gunmen shot dead a shopkeeper in Mombasa on Monday.", "Test Wire");
    assertThat(e.actor1().name()).isEqualTo("Unidentified Armed Group (Kenya)");
    assertThat(e.actor1().inter()).isEqualTo(3);
    assertThat(e.actor2().name()).isEqualTo("Civilians (Kenya)");
  }

  @Test
  void aCurrencyOrACoalitionDoesNotMakeItsCountryTheEventsCountry() {
    EventMention dollar = main("Shopkeepers angry at the rising US dollar rate burned tyres and blocked the main "
        + "road on Monday.", "Test Wire");
    assertThat(dollar.location() == null ? null : dollar.location().country()).isNotEqualTo("US");
    EventMention saudi = main("Saudi-led coalition aircraft struck Al Jawf governorate in northern Yemen on Monday, "
        + "destroying two houses.", "Test Wire");
    assertThat(saudi.location().country()).isEqualTo("YE");
  }

  @Test
  void aDistrictResolvesAtPrecisionAdmin2() {
    EventMention e = main("Bangladeshi police fired tear gas at garment workers protesting in Kurigram on Sunday.",
        "Test Wire");
    assertThat(e.location().country()).isEqualTo("BD");
    assertThat(e.location().precision()).isEqualTo("admin2");
    assertThat(e.location().geonameid()).isNull();
  }

  @Test
  void aLocalMilitiaGivesTheCountryWhenNoPlaceIsNamed() {
    EventMention e = main("Mungiki members beat two youths who refused to join the sect.", "Test Wire");
    assertThat(e.location()).isNotNull();
    assertThat(e.location().country()).isEqualTo("KE");
    assertThat(e.location().precision()).isEqualTo("country");
  }

  @Test
  void aNamedContainerPicksTheNamesakeInsideIt() {
    // cities500 has a Tonalá of 400k in Jalisco and one of 35k in Chiapas; "Chiapas" says which
    EventMention e = main("On Friday, in Tonala, Chiapas, teachers marched to demand unpaid wages.", "Test Wire");
    assertThat(e.location().name()).isEqualTo("Tonalá");
    assertThat(e.location().admin1()).isEqualTo("Chiapas");
    assertThat(e.location().precision()).isEqualTo("exact");
  }

  @Test
  void aNamesakeOutsideItsNamedDistrictLosesToTheDistrict() {
    // the Kaliganj of cities500 lies in Khulna division; this one is the upazila of Gazipur (Dhaka)
    EventMention e = main("On Tuesday, rioters torched two buses in Kaliganj upazila (Gazipur, Dhaka) during a strike.",
        "Test Wire");
    assertThat(e.location().name()).isEqualTo("Gazipur");
    assertThat(e.location().precision()).isEqualTo("admin2");
  }

  @Test
  void anUnknownUnitInTheChainStillLinksAPlaceToItsContainer() {
    // "Istmo-Costa region" is not in the gazetteer; the chain runs through it to "Chiapas"
    EventMention e = main("On Friday, in Tonala town, Istmo-Costa region (Chiapas), teachers marched to demand unpaid "
        + "wages.", "Test Wire");
    assertThat(e.location().name()).isEqualTo("Tonalá");
    assertThat(e.location().admin1()).isEqualTo("Chiapas");
  }

  @Test
  void aTownInsideAnInstitutionsNameLocatesAnEventWithNoSite() {
    EventMention e = main("Lecturers of Eldoret National Polytechnic went on strike over unpaid allowances.",
        "Test Wire");
    assertThat(e.location().name()).isEqualTo("Eldoret");
    assertThat(e.location().country()).isEqualTo("KE");
    assertThat(e.location().precision()).isEqualTo("admin1");
  }

  @Test
  void aTownInsideAnInstitutionsNameIsNotTheSiteWhenOneIsNamed() {
    EventMention e = main("Students of the University of Nairobi protested in Nakuru on Monday.", "Test Wire");
    assertThat(e.location().name()).isEqualTo("Nakuru");
  }

  @Test
  void aCountryInsideAnOrganisationsNameGivesTheCountryWhenNothingElseDoes() {
    EventMention e = main("Officers of the Tanzania Forest Service burned the huts of two charcoal burners.",
        "Test Wire");
    assertThat(e.location()).isNotNull();
    assertThat(e.location().country()).isEqualTo("TZ");
    assertThat(e.location().precision()).isEqualTo("country");
  }

  @Test
  void anotherLanguagesNameForASmallTownAbroadIsNotMeant() {
    // "Mahomfa" is an alternate name of Lenti, a Hungarian town of 8,000, in cities500
    var events = Extractors.standard().extract(new Article("t",
        "Bandits raided Mahomfa village on Sunday and stole forty cattle.", null, LocalDate.of(2022, 8, 9),
        "Test Wire", null)).events();
    assertThat(events).isNotEmpty();
    assertThat(events.get(0).location() == null ? null : events.get(0).location().country()).isNotEqualTo("HU");
  }

  @Test
  void aContainerCoreNlpTakesForAnOrganisationStillCounts() {
    // CoreNLP tags "Valparaiso" in brackets an organisation; listed after a place it is the region
    EventMention e = main("On Monday, in San Antonio (Valparaiso), dock workers protested at the port over unpaid "
        + "wages.", "Test Wire");
    assertThat(e.location().name()).isEqualTo("San Antonio");
    assertThat(e.location().country()).isEqualTo("CL");
  }

  @Test
  void aDistrictNamedAfterAnUnknownSubDistrictLocatesOnlyToTheDistrict() {
    // the upazila is not in the gazetteer: the district town is no "exact" site
    EventMention e = main("On Sunday, two groups of farmers clashed over irrigation in Sarail upazila "
        + "(Brahmanbaria, Chittagong), injuring five.", "Test Wire");
    assertThat(e.location().name()).isEqualTo("Brahmanbaria");
    assertThat(e.location().precision()).isEqualTo("admin2");
  }

  @Test
  void aCityNamedAfterAnUnknownAreaOfItIsNearTheSite() {
    EventMention e = main("On Sunday, police fired tear gas at protesters in Kafrul area, Dhaka, injuring ten.",
        "Test Wire");
    assertThat(e.location().name()).isEqualTo("Dhaka");
    assertThat(e.location().precision()).isEqualTo("near");
  }

  @Test
  void aLoneProvinceSeatNextToTheNamedCountryIsStillThePlace() {
    EventMention e = main("Gunmen abducted three teachers in Garissa on Monday and took them into Somalia.",
        "Test Wire");
    assertThat(e.location().name()).isEqualTo("Garissa");
    assertThat(e.location().country()).isEqualTo("KE");
  }

  @Test
  void aPersonIsNotTheVillageThatBearsHisNameAsAnAlternate() {
    // "Kibaki" is an alternate name of Kybaky, a Ukrainian village, in cities500; here the president
    String text = "Hundreds of teachers marched on Monday to implore Kibaki to veto the pay bill.";
    var events = Extractors.standard().extract(new Article("t", text, null, LocalDate.of(2022, 8, 9), "Test Wire",
        null)).events();
    assertThat(events).isNotEmpty();
    assertThat(events.get(0).location() == null ? null : events.get(0).location().country()).isNotEqualTo("UA");
  }

  @Test
  void theForceWhosePostsOrConvoyWereHitIsTheSecondActor() {
    EventMention shelling = main("Rebels shelled army positions near Idlib on Monday.", null);
    assertThat(shelling.actor2().name()).isEqualTo("Military Forces of Syria");
    EventMention ambush = main("Gunmen ambushed a military convoy in Borno state.", null);
    assertThat(ambush.actor2().inter()).isEqualTo(1);
    assertThat(ambush.actor2().name()).isEqualTo("Military Forces of Nigeria");
  }

  @Test
  void theForceThatHeldAVehicleIsNotTheUnnamedBomber() {
    EventMention e = main("A roadside bomb hit a Kenyan military vehicle near Mandera, wounding two soldiers.", null);
    assertThat(e.actor1().name()).isEqualTo("Unidentified Armed Group (Kenya)");
    assertThat(e.actor2().name()).isEqualTo("Military Forces of Kenya");
  }

  @Test
  void policeQuellingARiotInTheNextSentenceAreItsSecondActorNotANewAttack() {
    Article a = new Article("t", "Youths blocked the highway in Nakuru and burned tyres. Police fired live bullets and "
        + "teargas to break up the crowd.", null, LocalDate.of(2022, 8, 9), null, null);
    var events = Extractors.standard().extract(a).events();
    assertThat(events.get(0).type()).isEqualTo("Violent demonstration");
    assertThat(events.get(0).actor2().name()).isEqualTo("Police Forces of Kenya");
    assertThat(events).noneMatch(e -> e.type().equals("Attack"));
  }
  @Test
  void aCapitalisedFacilityAfterATownIsNoUnknownName() {
    EventMention e = main("Three inmates at Jos Prison were shot dead by guards during a riot.", "Test Wire");
    assertThat(e.location().name()).isEqualTo("Jos");
    assertThat(e.location().precision()).isEqualTo("near");
  }

  @Test
  void aFacilityNamedAfterATownIsAHintWhereNoSiteIsSaid() {
    EventMention e = main("Maiduguri University students burned two buses in protest over a hike in fees.", "Test Wire");
    assertThat(e.location().name()).isEqualTo("Maiduguri");
    assertThat(e.location().precision()).isEqualTo("admin1");
  }

  @Test
  void aHighwayNamedByItsTwoTownsLocatesTheEventAtOneOfThemAtAdmin2() {
    EventMention e = main("Truck drivers blocked the Lagos-Ibadan expressway for six hours on Tuesday to protest "
        + "extortion by police.", "Test Wire");
    assertThat(e.location().name()).isIn("Lagos", "Ibadan");
    assertThat(e.location().country()).isEqualTo("NG");
    assertThat(e.location().precision()).isEqualTo("admin2");
    assertThat(e.location().evidence().get(0).text()).contains("expressway");
  }

  @Test
  void aUnitNamedOnTheHighwayBeatsTheHighwaysEnds() {
    EventMention kaduna = main("Farmers blocked the Kano-Zaria highway in Kaduna State to protest the price of "
        + "fertiliser.", "Test Wire");
    assertThat(kaduna.location().name()).isEqualTo("Kaduna");
    assertThat(kaduna.location().precision()).isEqualTo("admin1");
    EventMention kiambu = main("Youths blocked the Nairobi-Nakuru highway in Kiambu county to protest the killing of "
        + "a boda boda rider.", "Test Wire");
    assertThat(kiambu.location().name()).isEqualTo("Kiambu");
  }

  @Test
  void twoEthnicGroupsSharingOneNounAreTwoMilitias() {
    EventMention e = main("Nandi and Kipsigis militias exchange fire over a disputed farm near Londiani, leaving two "
        + "men dead.", "Test Wire");
    assertThat(e.type()).isEqualTo("Armed clash");
    // a clash's two sides, in either order
    assertThat(java.util.List.of(e.actor1().name(), e.actor2().name()))
        .containsExactlyInAnyOrder("Nandi Ethnic Militia (Kenya)", "Kipsigis Ethnic Militia (Kenya)");
    assertThat(e.actor1().inter()).isEqualTo(4);
    assertThat(e.actor2().inter()).isEqualTo(4);
  }

  @Test
  void aVerbTaggedAsANounDoesNotMakeTheActorItsModifier() {
    EventMention e = main("Turkana militia raid a village in Baringo, killing three herders.", "Test Wire");
    assertThat(e.actor1().name()).isEqualTo("Turkana Ethnic Militia (Kenya)");
    assertThat(e.actor1().inter()).isEqualTo(4);
  }

  @Test
  void theForceWhoseVehicleABombHitIsTheTarget() {
    EventMention e = main("A roadside bomb hit a Somali army lorry near Afgooye on Monday.", "Test Wire");
    assertThat(e.type()).isEqualTo("Remote explosive/landmine/IED");
    assertThat(e.actor2()).as("second actor").isNotNull();
    assertThat(e.actor2().name()).startsWith("Military Forces of Somalia");
    assertThat(e.actor2().inter()).isEqualTo(1);
  }

  @Test
  void thePoliceWhoMetARiotInTheNextSentenceAreItsSecondActor() {
    EventMention e = main("Students rioted at a university in Eldoret on Tuesday over fees, smashing windows and "
        + "setting a hostel on fire. The police arrived an hour later.", "Test Wire");
    assertThat(e.type()).isEqualTo("Violent demonstration");
    assertThat(e.actor2()).as("second actor").isNotNull();
    assertThat(e.actor2().name()).isEqualTo("Police Forces of Kenya");
  }

  @Test
  void thePoliceAMobFoughtAreItsSecondActorButNotThePoliceWhoReportIt() {
    EventMention clash = main("Villagers clashed with police in Kisii on Monday after a land surveyor marked their "
        + "farms, and a man was injured.", "Test Wire");
    assertThat(clash.type()).isEqualTo("Mob violence");
    assertThat(clash.actor2().name()).isEqualTo("Police Forces of Kenya");
    EventMention lynching = main("A mob lynched a man suspected of stealing a goat in Kisumu on Sunday, police said.",
        "Test Wire");
    assertThat(lynching.type()).isEqualTo("Mob violence");
    assertThat(lynching.actor2().name()).isEqualTo("Civilians (Kenya)");
  }

  @Test
  void anOfficialAttackedIsACivilianTarget() {
    EventMention e = main("Gunmen shot and wounded a county official outside his office in Garissa on Monday.",
        "Test Wire");
    assertThat(e.type()).isEqualTo("Attack");
    assertThat(e.actor2().name()).isEqualTo("Civilians (Kenya)");
    assertThat(e.actor2().text()).contains("official");
  }

  @Test
  void aRiotsSecondActorIsThePoliceItFoughtNotTheGovernmentItOpposed() {
    EventMention e = main("Students rioted in Sylhet on Monday against the government, fighting police with sticks "
        + "and stones.", "Test Wire");
    assertThat(e.type()).isEqualTo("Violent demonstration");
    assertThat(e.actor2().name()).isEqualTo("Police Forces of Bangladesh");
  }

  @Test
  void aLoneForeignVillageDoesNotOverrideTheOutletsCountry() {
    // cities500's only Kisiwani is a Tanzanian village: a Kenyan paper's Kisiwani is one cities500 lacks
    EventMention e = main("Youths rioted in the town of Kisiwani on Monday, stoning cars after a boda boda rider "
        + "was killed.", "The Standard (Kenya)");
    assertThat(e.location().country()).isEqualTo("KE");
    assertThat(e.location().precision()).isEqualTo("country");
  }

  @Test
  void aVariantNameOfAFarAwayCityLosesToTheCountyBesideIt() {
    // "Sori" is a variant of Sari (Iran, 255k): not meant beside Migori County
    EventMention e = main("Gunmen attacked a bar in Sori Town, Migori County, on Friday night, wounding three.",
        "Test Wire");
    assertThat(e.location().country()).isEqualTo("KE");
    assertThat(e.location().name()).isEqualTo("Migori");
  }

  @Test
  void aFeatureNamedAfterAPlaceKeepsThePlace() {
    // "the Tana River Delta": Tana River County, not "Tana" (Antananarivo) and "Delta" (a Nigerian state)
    EventMention e = main("Gunmen torched twenty houses in the Tana River Delta on Monday night.", "Test Wire");
    assertThat(e.location().country()).isEqualTo("KE");
    assertThat(e.location().name()).isEqualTo("Tana River");
  }

  @Test
  void aPossessiveWithoutItsApostropheDoesNotHideTheCounty() {
    EventMention e = main("Two herders were shot dead in northern Kenyas Marsabit County on Sunday.", "Test Wire");
    assertThat(e.location().name()).isEqualTo("Marsabit");
    assertThat(e.location().precision()).isEqualTo("admin1");
  }

  @Test
  void theStreetsOfATownAreItsSiteNotTheTownItsMarchersComeFrom() {
    EventMention e = main("Mombasa traders demonstrated in the streets of Nyeri on Monday against new market fees.",
        "Test Wire");
    assertThat(e.location().name()).isEqualTo("Nyeri");
  }

  @Test
  void aHeadlineVerbInSAfterAGroupIsNotANounTheGroupModifies() {
    EventMention clash = main("Pokot militia battles police near Kapedo, leaving one officer dead.", "Test Wire");
    assertThat(clash.actor1().name()).isEqualTo("Pokot Ethnic Militia (Kenya)");
    assertThat(clash.actor1().inter()).isEqualTo(4);
    assertThat(clash.location().country()).isEqualTo("KE");
    EventMention attack = main("Degodia ethnic group attacks Garre herders at a water point, killing two.",
        "Test Wire");
    assertThat(attack.actor1().name()).startsWith("Degodia Ethnic Militia");
  }

  @Test
  void anEthnicGroupNamedAsVictimsGivesItsHomeCountryWhenNothingElseDoes() {
    EventMention e = main("Six Kikuyu traders were hacked to death by a mob on Sunday night.", "Wire Service");
    assertThat(e.location().country()).isEqualTo("KE");
    assertThat(e.location().precision()).isEqualTo("country");
  }

  @Test
  void twoCrowdsFightingEachOtherAreRiotersOnBothSides() {
    EventMention brawl = main("Supporters of two rival councillors clashed outside a polling station in Nyeri on "
        + "Saturday, injuring five people.", "Test Wire");
    assertThat(brawl.type()).isEqualTo("Mob violence");
    assertThat(brawl.actor1().name()).isEqualTo("Rioters (Kenya)");
    assertThat(brawl.actor2().name()).isEqualTo("Rioters (Kenya)");
    EventMention stones = main("Traders and hawkers threw stones at each other in a market in Kisumu on Monday, "
        + "wounding two.", "Test Wire");
    assertThat(stones.actor2().name()).isEqualTo("Rioters (Kenya)");
    // a lynching is one crowd's violence: its victims are civilians, whatever they were accused of
    EventMention mob = main("Residents lynched two men whom they accused of engaging in cattle theft in Kisumu on "
        + "Monday.", "Test Wire");
    assertThat(mob.actor2().name()).isEqualTo("Civilians (Kenya)");
  }

  @Test
  void thePeopleDispersedOrShotAtAProtestAreItsProtestersNotItsSecondActor() {
    EventMention dispersed = main("Police dispersed residents who were peacefully protesting against land grabbing "
        + "in Nyeri on Saturday.", "Test Wire");
    assertThat(dispersed.type()).isEqualTo("Protest with intervention");
    assertThat(dispersed.actor2().name()).isEqualTo("Police Forces of Kenya");
    EventMention shot = main("Police shot dead two unarmed residents who were protesting peacefully against a land "
        + "sale in Nyeri on Saturday.", "Test Wire");
    assertThat(shot.type()).isEqualTo("Excessive force against protesters");
    assertThat(shot.actor1().name()).isEqualTo("Protesters (Kenya)");
    assertThat(shot.actor2().name()).isEqualTo("Police Forces of Kenya");
  }

  @Test
  void anEthnicGroupThatAttacksIsItsMilitiaAndItsVictimsAreCivilians() {
    EventMention bare = main("Maasai attacked and burned homes of farmers in Narok on Sunday.", "Test Wire");
    assertThat(bare.actor1().name()).isEqualTo("Maasai Ethnic Militia (Kenya)");
    assertThat(bare.actor1().inter()).isEqualTo(4);
    assertThat(main("Kikuyu youths attacked a Luo man in Naivasha on Sunday.", "Test Wire").actor1().name())
        .isEqualTo("Kikuyu Ethnic Militia (Kenya)");
    assertThat(main("Houses were razed in attacks by Kikuyu people in Molo on Sunday.", "Test Wire").actor1().name())
        .isEqualTo("Kikuyu Ethnic Militia (Kenya)");
    // a headline's act after the group, whatever the tagger makes of it
    assertThat(main("Degodia attack Garre civilians near Mandera", "Test Wire").actor1().name())
        .isEqualTo("Degodia Ethnic Militia (Kenya)");
    // the demonym gives the militia's country
    assertThat(main("Ugandan Turkana raiders attacked a village in Kotido on Sunday.", "Test Wire").actor1().name())
        .isEqualTo("Turkana Ethnic Militia (Uganda)");
    // herders killed in a raid are civilians, as ACLED codes every target of violence against civilians
    EventMention raid = main("Suspected Turkana raiders killed three herders in Baringo on Sunday.", "Test Wire");
    assertThat(raid.type()).isEqualTo("Attack");
    assertThat(raid.actor2().name()).isEqualTo("Civilians (Kenya)");
    assertThat(raid.actor2().text()).isEqualTo("herders");
    EventMention lynching = main("A mob lynched two suspected cattle thieves in Kakamega on Sunday.", "Test Wire");
    assertThat(lynching.actor2().name()).isEqualTo("Civilians (Kenya)");
    assertThat(main("Cattle thieves shot and injured a man in Laikipia on Sunday.", "Test Wire").actor1().inter())
        .isEqualTo(4);
  }

  @Test
  void twoGroupsNamedBareInClashesBetweenThemAreTheirMilitias() {
    EventMention clash = main("Clashes erupt between Maasai and Kipsigis", "Daily Nation (Kenya)");
    assertThat(clash.type()).isEqualTo("Armed clash");
    assertThat(clash.actor1().name()).isEqualTo("Maasai Ethnic Militia (Kenya)");
    assertThat(clash.actor2().name()).isEqualTo("Kipsigis Ethnic Militia (Kenya)");
  }

  @Test
  void aStatesSeatNamedAsItsContainerDoesNotBecomeTheSite() {
    // "Ceara" is matched through the state's seat Fortaleza, 400 km away; the town before it is the site
    EventMention e = main("On 3 June, in Crato, Ceara, two men were shot dead by gunmen on motorbikes.", "Test Wire");
    assertThat(e.location().name()).isEqualTo("Crato");
    assertThat(e.location().country()).isEqualTo("BR");
    assertThat(e.location().precision()).isEqualTo("exact");
    // the parser splits "Juazeiro do Norte" (Norte a subject): the name's oblique token stands for it
    EventMention split = main("On 3 June, in Juazeiro do Norte, Ceara, two men were shot dead by gunmen on motorbikes.",
        "Test Wire");
    assertThat(split.location().text()).isEqualTo("Juazeiro do Norte");
  }

  @Test
  void theAreaAfterACityAndASpacedDashDoesNotReplaceTheCity() {
    // "Kotwali" (a police-station area found in every district) is in GeoNames an alternate name of Rangpur
    EventMention e = main("On 2 March, rickshaw pullers protested in Dhaka - Kotwali over fuel prices.", "Test Wire");
    assertThat(e.location().name()).isEqualTo("Dhaka");
  }

  @Test
  void withNoPlaceTheOutletOrAPartyNamedGivesTheCountry() {
    assertThat(main("Rioters burned two buses on Monday after the results were announced.", "Capital FM")
        .location().country()).isEqualTo("KE");
    assertThat(main("Supporters of the ODM attacked a rival candidate's convoy on Monday, injuring three.", "Wire")
        .location().country()).isEqualTo("KE");
  }

  @Test
  void aDemonymOfPeopleAbroadIsNoCountryOfTheEvent() {
    EventMention e = main("A German tourist was stabbed by robbers on Monday, police said.", "Wire");
    assertThat(e.location() == null ? null : e.location().country()).isNotEqualTo("DE");
    EventMention embassy = main("Journalists protested outside the Egyptian Embassy on Monday against the jailing of "
        + "three reporters.", "Capital FM");
    assertThat(embassy.location().country()).isEqualTo("KE");
  }

  @Test
  void governmentPositionsAreHeldByTheStatesForces() {
    EventMention e = main("Rebel forces shelled government positions outside the town of Kidal on Monday.",
        "Test Wire");
    assertThat(e.actor1().inter()).isEqualTo(2);
    assertThat(e.actor2().name()).isEqualTo("Military Forces of Mali");
    EventMention adj = main("Separatist fighters fired mortars at the governmental positions near Avdiivka on Monday.",
        "Test Wire");
    assertThat(adj.actor1().name()).isEqualTo("Separatist Rebels (Ukraine)");
    assertThat(adj.actor2().name()).isEqualTo("Military Forces of Ukraine");
  }

  @Test
  void theWeaponFiredIsNotTheTargetWhatItIsFiredAtIs() {
    EventMention e = main("Government troops fired artillery at the positions of the rebel militia near Marib on "
        + "Sunday.", "Test Wire");
    assertThat(e.actor1().name()).isEqualTo("Military Forces of Yemen");
    assertThat(e.actor2().inter()).isEqualTo(2);
  }

  @Test
  void aNamesakeOutsideTheProvinceTheTextNamesIsNotThePlace() {
    EventMention e = main("Artillery shells hit the village of Vesele, Donetsk, on Monday, local officials said.",
        "Test Wire");
    assertThat(e.location().admin1()).as("not the Vesele of Zaporizhzhia").isEqualTo("Donetsk");
    EventMention near = main("A man was lynched by a mob in Mariakani, Mombasa, on Monday.", "Test Wire");
    assertThat(near.location().name()).as("a nearby city named loosely as the container").isEqualTo("Mariakani");
  }
}
