package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerIndexBuilderTest {
  private static final String ROWS = String.join("\n",
      row(101, "Qaryat al-Tin", "Qaryat al-Tin", "Qaryet et Tine,Tin Village,QTX", "PPL", "SY", "07", 900),
      row(102, "Tin", "Tin", "", "PPLA", "LY", "10", 5000),
      row(103, "Bir Salam", "Bir Salam", "Bi'r as-Salam", "PPLA", "SY", "07", 20000)) + "\n";

  private static String row(long id, String name, String ascii, String alternates, String feature, String cc,
      String admin1, long population) {
    return String.join("\t", Long.toString(id), name, ascii, alternates, "35.1", "40.2", "P", feature, cc, "",
        admin1, "", "", "", Long.toString(population), "", "300", "Asia/Damascus", "2020-01-01");
  }

  @Test
  void keysCoverNamesAndLatinAlternatesButNotCodes() {
    List<String> keys = GazetteerIndexBuilder.keys("Qaryat al-Tin", "Qaryat al-Tin", "Qaryet et Tine,QTX,Тин");
    assertThat(keys).containsExactly("qaryat tin", "qaryet tine");
  }

  @Test
  void buildIsDeterministicAndSkippedWhenUpToDate(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("cities500.txt");
    Files.writeString(in, ROWS);
    Path first = dir.resolve("a/gazetteer.idx");
    Path second = dir.resolve("b/gazetteer.idx");
    GazetteerIndexBuilder.main(new String[] {in.toString(), first.toString()});
    GazetteerIndexBuilder.main(new String[] {in.toString(), second.toString()});
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));

    Files.setLastModifiedTime(first, FileTime.fromMillis(Files.getLastModifiedTime(in).toMillis() + 10_000));
    assertThat(GazetteerIndexBuilder.upToDate(in, first)).isTrue();
    Files.setLastModifiedTime(in, FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() + 10_000));
    assertThat(GazetteerIndexBuilder.upToDate(in, first)).isFalse();
  }

  @Test
  void admin1SeatAndOrderingComeFromTheRows(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("cities500.txt");
    Files.writeString(in, ROWS);
    Path out = dir.resolve("gazetteer.idx");
    GazetteerIndexBuilder.main(new String[] {in.toString(), out.toString()});
    Gazetteer g = Gazetteer.read(out);
    assertThat(g.size()).isEqualTo(3);
    assertThat(g.lookup("Tin Village")).extracting(Place::geonameId).containsExactly(101L);
    assertThat(g.lookup("Bir es-Salam")).extracting(Place::geonameId).containsExactly(103L);
    assertThat(g.admin1Name("SY", "07")).isEqualTo("Bir Salam");
    assertThat(g.byId(102)).map(Place::countryCode).contains("LY");
  }
}
