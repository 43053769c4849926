package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;

class AcledCsvTest {
  static final String HEADER = "source_dataset,event_id,event_date,event_type,sub_event_type,actor1,assoc_actor_1,"
      + "inter1,actor2,assoc_actor_2,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,"
      + "source,notes,fatalities\n";
  static final String CSV = HEADER
      + "k,KEN7181,31-12-19,Violence against civilians,Attack,UAG,,3,Civilians,,7,Kenya,Samburu,N,Baragoi,"
      + "1.7833,36.7833,1,Kenyan Television NTV,\"On December 31 2019, a man was \"\"killed\"\".\nMore.\",2\n"
      + "k,KEN7182,bad date,Riots,Mob violence,R,,5,,,0,Kenya,K,K,Kutu,-0.5,37.3,2,Daily Nation,Mob.,0\n";

  @Test
  void readsRowsWithQuotedMultilineNotes() {
    List<AcledRow> rows = AcledCsv.read(new StringReader(CSV), id -> true, "t.csv");
    assertThat(rows).hasSize(2);
    AcledRow r = rows.get(0);
    assertThat(r.eventId()).isEqualTo("KEN7181");
    assertThat(r.notes()).isEqualTo("On December 31 2019, a man was \"killed\".\nMore.");
    assertThat(r.subEventType()).isEqualTo("Attack");
    assertThat(r.inter2()).isEqualTo("7");
    assertThat(r.fatalityCount()).isEqualTo(2);
    assertThat(rows.get(1).hasActor2()).isFalse();
  }

  @Test
  void filterSelectsRowsById() {
    assertThat(AcledCsv.read(new StringReader(CSV), Split.CHECK::includes, "t.csv"))
        .extracting(AcledRow::eventId).containsExactly("KEN7181");
  }

  @Test
  void articleIsBuiltAsDevscoreBuildsIt() {
    List<AcledRow> rows = AcledCsv.read(new StringReader(CSV), id -> true, "t.csv");
    Article a = AcledCsv.toArticle(rows.get(0));
    assertThat(a.id()).isEqualTo("KEN7181");
    assertThat(a.text()).isEqualTo(rows.get(0).notes());
    assertThat(a.source()).isEqualTo("Kenyan Television NTV");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(AcledCsv.toArticle(rows.get(1)).published()).isNull();
  }

  @Test
  void otherCsvIsRejectedNamingMissingColumns() {
    assertThatThrownBy(() -> AcledCsv.read(new StringReader("id,text\n1,x\n"), id -> true, "g.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("g.csv").hasMessageContaining("event_id");
  }
}
