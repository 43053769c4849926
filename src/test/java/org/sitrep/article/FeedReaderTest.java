package org.sitrep.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.article.TestFiles.ok;
import static org.sitrep.article.TestFiles.rejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private final FeedReader reader = new FeedReader();

  private List<ReadResult> read(String name) {
    return TestFiles.all(reader.read(InputRef.ofPath("feeds/" + name), TestFiles.open(TestFiles.resource(name))));
  }

  @Test
  void readsRssItemsPreferringFullContent() {
    List<ReadResult> results = read("feed.rss");
    assertThat(results).hasSize(3);
    assertThat(ok(results.get(0)).article()).isEqualTo(new Article("wire-1001",
        "A bridge over the river was destroyed overnight.\n\nEngineers said repairs would take weeks.",
        "Bridge destroyed near river crossing", LocalDate.of(2016, 9, 17), "Example Wire",
        "https://wire.example.org/bridge"));
    Article summary = ok(results.get(1)).article();
    assertThat(summary.id()).isEqualTo("https://wire.example.org/summary");
    assertThat(summary.text()).isEqualTo("Three aid workers were released on Friday.");
    assertThat(rejected(results.get(2))).isEqualTo(
        new ReadResult.Rejected("feeds/feed.rss#item-3 (id wire-1003)", "empty text"));
  }

  @Test
  void readsAtomEntries() {
    Article a = ok(read("feed.atom").get(0)).article();
    assertThat(a).isEqualTo(new Article("tag:example.org,2016:curfew", "Authorities imposed a curfew after clashes.",
        "Curfew imposed", LocalDate.of(2016, 9, 18), "Example Atom", "https://atom.example.org/curfew"));
  }

  @Test
  void feedsAreDetectedByExtensionOrContent() {
    byte[] rss = "<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\"><channel>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(InputFormat.detect("news.xml", rss, rss.length)).isEqualTo(InputFormat.FEED);
    assertThat(InputFormat.detect("x.atom", new byte[0], 0)).isEqualTo(InputFormat.FEED);
    byte[] xhtml = "<?xml version=\"1.0\"?><html><body><p>x</p></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(InputFormat.detect("page.xml", xhtml, xhtml.length)).isEqualTo(InputFormat.HTML);
  }
}
