package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminUnitsTest {
  private static final String ROWS = String.join("\n",
      row(201, "Lowtown", "PPLA", "XK", "01", "", 30000, "1.0", "30.0"),
      row(202, "Hilltop", "PPL", "XK", "01", "", 1000, "3.0", "32.0"),
      row(203, "Brookvale", "PPLA", "XK", "02", "", 50000, "5.0", "35.0"),
      row(204, "Marsh", "PPL", "XK", "03", "", 900, "7.0", "37.0"),
      row(205, "Fernwick", "PPLA", "XK", "03", "", 9000, "7.5", "37.5"),
      row(206, "Quarry End", "PPL", "XK", "05", "501", 4000, "10.0", "40.0"),
      row(207, "Millford", "PPL", "XK", "05", "501", 2000, "10.4", "40.2"),
      row(208, "Oakham", "PPL", "XK", "05", "502", 25000, "11.0", "41.0"),
      row(209, "Pebble", "PPL", "XK", "05", "503", 700, "12.0", "42.0")) + "\n";
  private static final String ADMIN1 = "[{\"code\":\"XK.01\",\"name\":\"Redmoor County\"},"
      + "{\"code\":\"XK.02\",\"name\":\"Brookvale Province\"},{\"code\":\"XK.03\",\"name\":\"Marsh County\"},"
      + "{\"code\":\"XK.04\",\"name\":\"South Governorate\"},{\"code\":\"XK.05\",\"name\":\"Stonefield Division\"}]";
  private static final String ADMIN2 = "[{\"code\":\"XK.05.501\",\"name\":\"Gravelby District\"},"
      + "{\"code\":\"XK.05.502\",\"name\":\"Oakham Zila\"},{\"code\":\"XK.05.503\",\"name\":\"Stonefield District\"},"
      + "{\"code\":\"XK.05.504\",\"name\":\"Emptyvale District\"}]";

  private static String row(long id, String name, String feature, String cc, String admin1, String admin2,
      long population, String lat, String lon) {
    return String.join("\t", Long.toString(id), name, name, "", lat, lon, "P", feature, cc, "", admin1, admin2, "",
        "", Long.toString(population), "", "300", "Africa/Nairobi", "2020-01-01");
  }

  @Test
  void shortNamesDropTheAdminNounUnlessOnlyACompassWordIsLeft() {
    assertThat(AdminUnits.shortName("Redmoor County")).isEqualTo("Redmoor");
    assertThat(AdminUnits.shortName("Kano State")).isEqualTo("Kano");
    assertThat(AdminUnits.shortName("South Governorate")).isEqualTo("South Governorate");
    assertThat(AdminUnits.shortName("Mount Lebanon")).isEqualTo("Mount Lebanon");
    assertThat(AdminUnits.shortName("Nilphamari Zila")).isEqualTo("Nilphamari");
    assertThat(AdminUnits.shortName("Zhytomyr Raion")).isEqualTo("Zhytomyr");
    assertThat(AdminUnits.shortName("Département du Mungo")).isEqualTo("Mungo");
    assertThat(AdminUnits.shortName("Ville de Kisangani")).isEqualTo("Kisangani");
  }

  @Test
  void unitsWithoutANamesakeSeatBecomePlacesAtTheirTownsMeanPoint(@TempDir Path dir) throws IOException {
    Gazetteer g = build(dir);
    List<Place> redmoor = g.lookup("Redmoor");
    assertThat(redmoor).hasSize(1);
    Place unit = redmoor.get(0);
    assertThat(unit.isAdmin1Unit()).isTrue();
    assertThat(unit.knownGeonameId()).isNull();
    assertThat(unit.lat()).isEqualTo(2.0);
    assertThat(unit.lon()).isEqualTo(31.0);
    assertThat(unit.population()).isEqualTo(31000);
    assertThat(g.lookup("Redmoor County")).containsExactly(unit);
    assertThat(g.admin1Name("XK", "01")).isEqualTo("Redmoor");
  }

  @Test
  void aSeatBearingTheUnitsNameStandsForItButAVillageDoesNot(@TempDir Path dir) throws IOException {
    Gazetteer g = build(dir);
    assertThat(g.lookup("Brookvale")).extracting(Place::geonameId).containsExactly(203L);
    assertThat(g.lookup("Marsh")).extracting(Place::isAdmin1Unit).containsExactly(false, true);
    assertThat(g.lookup("South")).isEmpty();
    assertThat(g.lookup("South Governorate")).isEmpty(); // no town carries XK.04: no point to give it
  }

  @Test
  void secondLevelUnitsArePlacedAtTheMeanOfTheirTownsAfterSettlementsAndProvinces(@TempDir Path dir)
      throws IOException {
    Gazetteer g = build(dir);
    List<Place> gravelby = g.lookup("Gravelby");
    assertThat(gravelby).hasSize(1);
    Place district = gravelby.get(0);
    assertThat(district.isAdmin2Unit()).isTrue();
    assertThat(district.isAdmin1Unit()).isFalse();
    assertThat(district.knownGeonameId()).isNull();
    assertThat(district.lat()).isEqualTo(10.2);
    assertThat(district.lon()).isEqualTo(40.1);
    assertThat(district.population()).isEqualTo(6000);
    assertThat(district.countryCode()).isEqualTo("XK");
    assertThat(district.admin1Code()).isEqualTo("05");
    assertThat(g.lookup("Gravelby District")).containsExactly(district);
    assertThat(g.admin1Name("XK", "05")).isEqualTo("Stonefield");
    // a town of 25k bearing the zila's name stands for it; so does the province of the same name
    assertThat(g.lookup("Oakham")).extracting(Place::geonameId).containsExactly(208L);
    assertThat(g.lookup("Stonefield")).singleElement().satisfies(p -> assertThat(p.isAdmin1Unit()).isTrue());
    assertThat(g.lookup("Emptyvale")).isEmpty();
  }

  private static Gazetteer build(Path dir) throws IOException {
    Path cities = dir.resolve("cities500.txt");
    Path admin1 = dir.resolve("admin1.json");
    Path admin2 = dir.resolve("admin2.json");
    Path out = dir.resolve("gazetteer.idx");
    Files.writeString(cities, ROWS);
    Files.writeString(admin1, ADMIN1);
    Files.writeString(admin2, ADMIN2);
    GazetteerIndexBuilder.main(new String[] {cities.toString(), admin1.toString(), admin2.toString(), out.toString()});
    return Gazetteer.read(out);
  }
}
