package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {
  private final Countries countries = Countries.shared();

  private String iso2(String text) {
    return countries.find(text).map(Country::iso2).orElse(null);
  }

  @Test
  void findsNamesAliasesAndDemonyms() {
    assertThat(iso2("Kenya")).isEqualTo("KE");
    assertThat(iso2("the United States")).isEqualTo("US");
    assertThat(iso2("U.S.")).isEqualTo("US");
    assertThat(iso2("USA")).isEqualTo("US");
    assertThat(iso2("America")).isEqualTo("US");
    assertThat(iso2("American")).isEqualTo("US");
    assertThat(iso2("Bangladeshi")).isEqualTo("BD");
    assertThat(iso2("Congolese")).isEqualTo("CD");
    assertThat(iso2("DR Congo")).isEqualTo("CD");
    assertThat(iso2("Burma")).isEqualTo("MM");
    assertThat(iso2("Türkiye")).isEqualTo("TR");
  }

  @Test
  void foldsPossessivesPluralsAccentsAndCase() {
    assertThat(iso2("Syria's")).isEqualTo("SY");
    assertThat(iso2("Yemen’s")).isEqualTo("YE");
    assertThat(iso2("Syrians")).isEqualTo("SY");
    assertThat(iso2("IRAQ")).isEqualTo("IQ");
    assertThat(iso2("Cote d'Ivoire")).isEqualTo("CI");
    assertThat(iso2("Côte d’Ivoire")).isEqualTo("CI");
    assertThat(iso2("The Gambia")).isEqualTo("GM");
  }

  @Test
  void codesAndTable() {
    assertThat(countries.byCode("sy")).map(Country::name).contains("Syria");
    assertThat(countries.byCode("SYR")).map(Country::iso2).contains("SY");
    assertThat(countries.byCode("ZZ")).isEmpty();
    assertThat(countries.all()).hasSizeGreaterThanOrEqualTo(249);
    assertThat(countries.all()).allSatisfy(c -> {
      assertThat(c.iso2()).hasSize(2);
      assertThat(c.iso3()).hasSize(3);
      assertThat(c.lat()).isBetween(-90.0, 90.0);
      assertThat(c.lon()).isBetween(-180.0, 180.0);
    });
    assertThat(countries.byCode("US").orElseThrow().capital()).isEqualTo("Washington");
    assertThat(countries.acledName(countries.byCode("CD").orElseThrow()))
        .isEqualTo("Democratic Republic of Congo");
  }

  @Test
  void demonymsAreTold() {
    assertThat(countries.isDemonym("Syrian")).isTrue();
    assertThat(countries.isDemonym("Afghans")).isTrue();
    assertThat(countries.isDemonym("Syria")).isFalse();
    assertThat(countries.isDemonym("Observatory")).isFalse();
    assertThat(countries.find("Observatory")).isEmpty();
  }

  @Test
  void anOutletDeclaresItsCountryAlsoAfterAHyphen() {
    Countries c = Countries.shared();
    assertThat(c.ofOutlet("Monitoring Mission SMM-Ukraine")).map(Country::iso2).contains("UA");
    assertThat(c.ofOutlet("Guinea-Bissau Daily")).map(Country::iso2).contains("GW");
  }

  @Test
  void aListedOutletGivesItsHomeCountryAnInternationalOneNone() {
    Countries c = Countries.shared();
    assertThat(c.ofOutlet("The Punch")).map(Country::iso2).contains("NG");
    assertThat(c.ofOutlet("Reuters; Prothom Alo")).map(Country::iso2).contains("BD");
    assertThat(c.ofOutlet("Reuters")).isEmpty();
    assertThat(c.ofOutlet("Dawn; Tolo News")).isEmpty(); // two listed outlets of different countries
    assertThat(c.ofOutlet("Prothom Alo; Daily Nation (Kenya)")).isEmpty(); // a listed and a declared that disagree
  }

  @Test
  void aPartyTheTextNamesGivesItsCountryTwoCountriesPartiesNone() {
    Countries c = Countries.shared();
    assertThat(c.ofParties("Supporters of the ODM and the police clashed after the rally.")).map(Country::iso2)
        .contains("KE");
    assertThat(c.ofParties("Awami League activists attacked a BNP office.")).map(Country::iso2).contains("BD");
    assertThat(c.ofParties("Likud and AKP officials met.")).isEmpty();
    assertThat(c.ofParties("An APC was seen near the bridge; the prize odm is no party.")).isEmpty();
  }
}
