package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.article.TextNormalizer;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.corenlp.CoreNlpStage;

class GazetteerPlaceFinderTest {
  private static final GazetteerPlaceFinder FINDER = new GazetteerPlaceFinder();

  private static List<PlaceMention> find(String text) {
    Analysis analysis = CoreNlpStage.shared().apply(Analysis.of(Article.of("t", text), TextNormalizer.normalize(text)));
    List<PlaceMention> found = FINDER.find(analysis);
    for (int i = 0; i < found.size(); i++) {
      PlaceMention m = found.get(i);
      assertThat(m.span().of(text)).isEqualTo(m.text());
      if (i > 0) {
        assertThat(m.span().start()).isGreaterThanOrEqualTo(found.get(i - 1).span().end());
      }
      if (m.facilitySpan() != null) {
        assertThat(m.facilitySpan().of(text)).isEqualTo(m.facility());
      }
    }
    return found;
  }

  private static Optional<PlaceMention> named(List<PlaceMention> found, String text) {
    return found.stream().filter(m -> m.text().equals(text)).findFirst();
  }

  @Test
  void tripoliFollowsTheCountryOfTheArticle() {
    List<PlaceMention> lebanon = find("A grenade wounded two guards in Tripoli on Friday. Lebanese soldiers "
        + "later closed the coastal road to Beirut.");
    assertThat(named(lebanon, "Tripoli").orElseThrow().place().countryCode()).isEqualTo("LB");

    List<PlaceMention> libya = find("Rival brigades exchanged rocket fire in Tripoli for a third night. "
        + "Libya's interior ministry urged residents to stay home.");
    PlaceMention tripoli = named(libya, "Tripoli").orElseThrow();
    assertThat(tripoli.place().countryCode()).isEqualTo("LY");
    assertThat(tripoli.country().iso2()).isEqualTo("LY");
    assertThat(named(libya, "Libya").orElseThrow().kind()).isEqualTo(PlaceMention.Kind.COUNTRY);
  }

  @Test
  void facilityAndPrepositionAreReported() {
    List<PlaceMention> found = find("Drones hit fuel depots near the Deir Ezzor military airport before dawn, "
        + "a commander told reporters.");
    PlaceMention deir = named(found, "Deir Ezzor").orElseThrow();
    assertThat(deir.place().geonameId()).isEqualTo(170794);
    assertThat(deir.facility()).isEqualTo("military airport");
    assertThat(deir.preposition()).isEqualTo("near");
    assertThat(deir.kind()).isEqualTo(PlaceMention.Kind.SETTLEMENT);
  }

  @Test
  void directionalPrepositionsAndCoordinatedNames() {
    List<PlaceMention> found = find("Shells landed 15 kilometres south of Mosul. Crowds marched in Nairobi and "
        + "Kisumu, Kenyan media reported.");
    assertThat(named(found, "Mosul").orElseThrow().preposition()).isEqualTo("south of");
    assertThat(named(found, "Kisumu").orElseThrow().preposition()).isEqualTo("in");
    assertThat(named(found, "Kenyan").orElseThrow().kind()).isEqualTo(PlaceMention.Kind.DEMONYM);
  }

  @Test
  void ordinaryCapitalisedWordsAreNotPlaces() {
    List<PlaceMention> found = find("Police sealed the street. Source: Emergency crews worked through Monday "
        + "night. Security was tightened in March, officials said.");
    assertThat(found).isEmpty();
  }

  @Test
  void headlineWordsAreNotPlaces() {
    List<PlaceMention> found = find("Heavy Rain Floods Market Towns Across Northern Districts");
    assertThat(found).isEmpty();
  }

  @Test
  void personNamesAreNotPlaces() {
    List<PlaceMention> found = find("Ahmed Mosul, a shopkeeper, described the blast. Maria Lagos, a nurse, "
        + "treated the wounded. Lagos said she heard two explosions.");
    assertThat(found).extracting(PlaceMention::text).doesNotContain("Mosul", "Lagos");
  }

  @Test
  void placesTaggedAsPersonsAreRecovered() {
    List<PlaceMention> found = find("The governor said Homs was quiet on Sunday, but fighting continued in "
        + "Deir Ezzor, according to Syrian state media.");
    assertThat(named(found, "Homs").orElseThrow().place().countryCode()).isEqualTo("SY");
    assertThat(named(found, "Deir Ezzor").orElseThrow().place().geonameId()).isEqualTo(170794);
  }

  @Test
  void washingtonInAnAmericanStoryIsTheCapital() {
    List<PlaceMention> found = find("American diplomats in Washington rejected the proposal, while the US envoy "
        + "flew to Doha.");
    PlaceMention washington = named(found, "Washington").orElseThrow();
    assertThat(washington.place().featureCode()).isEqualTo("PPLC");
    assertThat(washington.place().countryCode()).isEqualTo("US");
    assertThat(named(found, "US").orElseThrow().kind()).isEqualTo(PlaceMention.Kind.COUNTRY);
  }

  @Test
  void demonymsInsideOrganisationNamesAreFlagged() {
    List<PlaceMention> found = find("The Syrian Observatory for Human Rights counted the dead in Idlib province.");
    PlaceMention syrian = named(found, "Syrian").orElseThrow();
    assertThat(syrian.kind()).isEqualTo(PlaceMention.Kind.DEMONYM);
    assertThat(syrian.insideName()).isTrue();
    PlaceMention idlib = named(found, "Idlib").orElseThrow();
    assertThat(idlib.kind()).isEqualTo(PlaceMention.Kind.ADMIN1);
    assertThat(idlib.insideName()).isFalse();
  }

  @Test
  void hyphenatedCompoundsYieldTheirCountry() {
    List<PlaceMention> found = find("A Saudi-led coalition aircraft struck a wedding hall in Hodeidah.");
    PlaceMention saudi = named(found, "Saudi").orElseThrow();
    assertThat(saudi.country().iso2()).isEqualTo("SA");
    assertThat(saudi.insideName()).isFalse();
    assertThat(saudi.attributive()).isTrue();
    assertThat(named(found, "Hodeidah").orElseThrow().place().countryCode()).isEqualTo("YE");
  }

  @Test
  void aCountryNameBeforeACommonNounIsAModifierNotASite() {
    List<PlaceMention> found = find("Shopkeepers angry at the rising US dollar rate closed their stalls. "
        + "Later, a convoy drove through the US capital.");
    PlaceMention dollar = found.get(0);
    assertThat(dollar.text()).isEqualTo("US");
    assertThat(dollar.attributive()).isTrue();
    List<PlaceMention> adjective = find("Hundreds of students marched against the US military presence.");
    assertThat(named(adjective, "US").orElseThrow().attributive()).isTrue();
    List<PlaceMention> site = find("Two exiled journalists were arrested in the US on Monday.");
    assertThat(named(site, "US").orElseThrow().attributive()).isFalse();
  }

  @Test
  void aDistrictThatNoTownIsNamedAfterResolvesAsTheSecondLevelUnit() {
    // cities500 has no town of Kurigram or Gazipur; GeoNames' admin2 units do, at their towns' mean point
    List<PlaceMention> bare = find("Bangladeshi police fired rubber bullets at farmers in Kurigram on Sunday.");
    PlaceMention kurigram = named(bare, "Kurigram").orElseThrow();
    assertThat(kurigram.kind()).isEqualTo(PlaceMention.Kind.ADMIN2);
    assertThat(kurigram.place().isAdmin2Unit()).isTrue();
    assertThat(kurigram.place().countryCode()).isEqualTo("BD");
    assertThat(kurigram.place().knownGeonameId()).isNull();
    List<PlaceMention> noun = find("Rioters torched two buses in Gazipur district before dawn.");
    assertThat(named(noun, "Gazipur").orElseThrow().place().countryCode()).isEqualTo("BD");
  }

  @Test
  void aForeignDistrictIsNotMeantByABareName() {
    List<PlaceMention> found = find("Kenyan police shot two robbers in Kurigram on Sunday.");
    assertThat(named(found, "Kurigram")).isEmpty();
  }

  @Test
  void anUpazilaNounOrSadarAfterANameDoesNotHideTheName() {
    List<PlaceMention> sadar = find("Police charged at students in Bogra Sadar on Monday, local media said.");
    assertThat(named(sadar, "Bogra").orElseThrow().place().countryCode()).isEqualTo("BD");
    List<PlaceMention> dash = find("Students marched outside a private university in Dhaka - Uttara on Monday.");
    assertThat(named(dash, "Dhaka").orElseThrow().place().countryCode()).isEqualTo("BD");
  }

  @Test
  void aNameListedAfterALocativePlaceIsAPlace() {
    List<PlaceMention> found = find("Crowds gathered at dawn in Manyatta, Kisumu. Nobody was hurt.");
    assertThat(named(found, "Kisumu").orElseThrow().place().countryCode()).isEqualTo("KE");
  }

  @Test
  void aNameMatchedOnlyByDroppingItsArticleIsNotAFarAwayPlace() {
    // "El Wak" folds to the key of an alternate name of Wewak (Papua New Guinea)
    List<PlaceMention> found = find("Militants attacked the police post at El Wak on Monday night.");
    assertThat(found).noneMatch(m -> m.place() != null && m.place().countryCode().equals("PG"));
  }

  @Test
  void aHyphenatedNameWithALowerCasePartIsOneName() {
    List<PlaceMention> found = find("Rival gangs exchanged fire in Port-au-Prince on Thursday.");
    assertThat(named(found, "Port-au-Prince").orElseThrow().place().countryCode()).isEqualTo("HT");
  }

  @Test
  void aUnitNounPrefersTheUnitToAFamousNamesakeCity() {
    // Antakya (Turkey) has the alternate name "Antioquia"; the Colombian department has it as its name
    List<PlaceMention> found = find("Soldiers destroyed an illegal gold mine in Antioquia department on Wednesday.");
    PlaceMention antioquia = named(found, "Antioquia").orElseThrow();
    assertThat(antioquia.place().countryCode()).isEqualTo("CO");
    assertThat(antioquia.kind()).isEqualTo(PlaceMention.Kind.ADMIN1);
  }

  @Test
  void aLoneNamesakeAbroadDoesNotImplyItsCountryBesideStrongLocalPlaces() {
    // Safipur is a town in India, 1,000 km from Dhaka; here it is a village cities500 lacks
    List<PlaceMention> found = find("Rioters set fire to a bus at Safipur bazaar near Dhaka on Monday.");
    assertThat(named(found, "Safipur")).isEmpty();
    assertThat(named(found, "Dhaka").orElseThrow().place().countryCode()).isEqualTo("BD");
  }

  @Test
  void aFamousCapitalBeatsANamesakeNearAnotherPlace() {
    List<PlaceMention> found = find("Officials in Washington said the convoy left Damascus at dawn. Syrian and "
        + "American envoys met later.");
    assertThat(named(found, "Damascus").orElseThrow().place().countryCode()).isEqualTo("SY");
  }

  @Test
  void analysisWithoutDependenciesIsRefused() {
    Analysis bare = Analysis.of(Article.of("bare", "Aleppo"), TextNormalizer.normalize("Aleppo"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FINDER.find(bare))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bare");
  }

  @Test
  void aNameWithAPortugueseConnectorIsOneName() {
    List<PlaceMention> found = find("On 4 June, in Sao Jose dos Campos, Sao Paulo, residents protested against water cuts.");
    assertThat(named(found, "Sao Jose dos Campos").orElseThrow().place().name()).isEqualTo("São José dos Campos");
  }

  @Test
  void aStateNamedWithItsUnitNounIsTheStateOfThatName() {
    // Mérida of Yucatán is the bigger city; "Merida state" is Venezuela's, whose seat is its own Mérida
    List<PlaceMention> merida = find("On 7 June, in El Vigia, Merida state, farmers blocked a road.");
    assertThat(named(merida, "Merida").orElseThrow().place().countryCode()).isEqualTo("VE");
    // "state" after a name is a unit noun, not the verb of a person's statement ("Trujillo stated")
    List<PlaceMention> trujillo = find("On 6 June, in Valera, Trujillo state, teachers protested over unpaid wages.");
    assertThat(named(trujillo, "Trujillo").orElseThrow().kind()).isEqualTo(PlaceMention.Kind.ADMIN1);
    assertThat(named(trujillo, "Valera").orElseThrow().place().countryCode()).isEqualTo("VE");
  }

  @Test
  void aCityDoesNotDominateAProvinceOfItsNameAbroad() {
    // Paraná, the Argentinian city of 250k, is not ten times bigger than Brazil's state of Paraná
    List<PlaceMention> found = find("On 5 June, in Araucaria, Parana, police arrested three men.");
    assertThat(named(found, "Parana").orElseThrow().place().countryCode()).isEqualTo("BR");
    assertThat(named(found, "Araucaria").orElseThrow().place().countryCode()).isEqualTo("BR");
  }

  @Test
  void aNamesakeAbroadOfAVillageInANamedCountyIsRefused() {
    // cities500 has a Kiunga only in Papua New Guinea; "Lamu county" stands for the county, not the Maldives' Laamu
    List<PlaceMention> found = find("Gunmen attacked Kiunga in Lamu county, killing two police officers.");
    assertThat(named(found, "Kiunga")).isEmpty();
    assertThat(named(found, "Lamu").orElseThrow().place().countryCode()).isEqualTo("KE");
  }

  @Test
  void aStreetNamedAfterATownIsNoTown() {
    List<PlaceMention> found = find("Traders blocked Moi Avenue on Monday to protest against harassment.");
    assertThat(named(found, "Moi")).isEmpty();
  }

  @Test
  void aFarCityIsNotMeantByAnotherTownsOwnName() {
    // "Victoria" is an alternate name of Hong Kong, and the own name of many towns
    List<PlaceMention> found = find("Students clashed with activists at Victoria college in Comilla city on Sunday.");
    assertThat(named(found, "Victoria").map(m -> m.place().countryCode())).isNotEqualTo(Optional.of("HK"));
    assertThat(named(found, "Comilla").orElseThrow().place().countryCode()).isEqualTo("BD");
  }
}
