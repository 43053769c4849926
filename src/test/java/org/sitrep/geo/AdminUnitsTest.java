package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Admin1UnitsTest {
  private static final String ROWS = String.join("\n",
      row(201, "Lowtown", "PPLA", "XK", "01", 30000, "1.0", "30.0"),
      row(202, "Hilltop", "PPL", "XK", "01", 1000, "3.0", "32.0"),
      row(203, "Brookvale", "PPLA", "XK", "02", 50000, "5.0", "35.0"),
      row(204, "Marsh", "PPL", "XK", "03", 900, "7.0", "37.0"),
      row(205, "Fernwick", "PPLA", "XK", "03", 9000, "7.5", "37.5")) + "\n";
  private static final String ADMIN1 = "[{\"code\":\"XK.01\",\"name\":\"Redmoor County\"},"
      + "{\"code\":\"XK.02\",\"name\":\"Brookvale Province\"},{\"code\":\"XK.03\",\"name\":\"Marsh County\"},"
      + "{\"code\":\"XK.04\",\"name\":\"South Governorate\"}]";

  private static String row(long id, String name, String feature, String cc, String admin1, long population,
      String lat, String lon) {
    return String.join("\t", Long.toString(id), name, name, "", lat, lon, "P", feature, cc, "", admin1, "", "",
        "", Long.toString(population), "", "300", "Africa/Nairobi", "2020-01-01");
  }

  @Test
  void shortNamesDropTheAdminNounUnlessOnlyACompassWordIsLeft() {
    assertThat(Admin1Units.shortName("Redmoor County")).isEqualTo("Redmoor");
    assertThat(Admin1Units.shortName("Kano State")).isEqualTo("Kano");
    assertThat(Admin1Units.shortName("South Governorate")).isEqualTo("South Governorate");
    assertThat(Admin1Units.shortName("Mount Lebanon")).isEqualTo("Mount Lebanon");
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

  private static Gazetteer build(Path dir) throws IOException {
    Path cities = dir.resolve("cities500.txt");
    Path admin = dir.resolve("admin1.json");
    Path out = dir.resolve("gazetteer.idx");
    Files.writeString(cities, ROWS);
    Files.writeString(admin, ADMIN1);
    GazetteerIndexBuilder.main(new String[] {cities.toString(), admin.toString(), out.toString()});
    return Gazetteer.read(out);
  }
}
