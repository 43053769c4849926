package org.sitrep.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.article.TestFiles.ok;
import static org.sitrep.article.TestFiles.rejected;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private final HtmlReader reader = new HtmlReader();

  private ReadResult read(String name) {
    return TestFiles.all(reader.read(InputRef.ofPath("pages/" + name), TestFiles.open(TestFiles.resource(name)))).get(0);
  }

  private ReadResult readString(String html) {
    return TestFiles.all(reader.read(InputRef.ofPath("x.html"), TestFiles.utf8(html))).get(0);
  }

  @Test
  void keepsTitleAndArticleBodyAndDropsBoilerplate() {
    Article a = ok(read("page-with-boilerplate.html")).article();
    assertThat(a.id()).isEqualTo("page-with-boilerplate");
    assertThat(a.title()).isEqualTo("Shelling hits market in Riverton");
    assertThat(a.text()).isEqualTo("""
        Artillery shells struck the central market of Riverton on Tuesday morning, killing at \
        least twelve civilians, local officials said.

        The town\u2019s mayor said the shelling came from positions east of the river. \
        \u201CWe counted the dead until noon,\u201D he told reporters.

        A spokesman for the armed forces denied that its units had fired on the town.""");
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 4));
    assertThat(a.source()).isEqualTo("The Daily Example");
    assertThat(a.url()).isEqualTo("https://news.example.org/world/riverton-market");
  }

  @Test
  void picksDensestParagraphsInBrokenSoupWithoutArticle() {
    Article a = ok(read("soup-no-article.html")).article();
    assertThat(a.title()).isEqualTo("Floods displace thousands");
    assertThat(a.text()).startsWith("Heavy rain caused rivers to burst their banks")
        .contains("\n\nRelief workers said at least 4,000 people were sheltering in schools and mosques,")
        .endsWith("The provincial governor asked for emergency assistance on Sunday.")
        .doesNotContain("Home", "Comment by reader", "Unclosed cell", "long list of links");
  }

  @Test
  void teaserArticlesDoNotHideTheStory() {
    Article a = ok(read("teasers-and-story.html")).article();
    assertThat(a.title()).isEqualTo("Ceasefire talks collapse");
    assertThat(a.text()).startsWith("Negotiators left the capital")
        .endsWith("release prisoners first.").doesNotContain("Prices", "Storms");
  }

  @Test
  void keepsLineBreaksAndPreformattedText() {
    Article a = ok(readString("<html><body><article><p>Line one<br>line two</p><pre>a  b\n c</pre>"
        + "<ul><li>first item</li><li>second item</li></ul></article></body></html>")).article();
    assertThat(a.text()).isEqualTo("Line one\nline two\n\na  b\n c\n\nfirst item\n\nsecond item");
  }

  @Test
  void pageWithoutTextIsRejectedAsEmpty() {
    ReadResult r = readString("<html><head><title>Nothing</title><script>var x = 1;</script></head><body>"
        + "<nav>Home</nav></body></html>");
    assertThat(rejected(r)).isEqualTo(new ReadResult.Rejected("x.html", "empty text"));
  }

  @Test
  void usesDeclaredCharsetOrFallsBackToWindows1252() {
    byte[] latin = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00E9 bombed</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    ReadResult.Ok ok = ok(TestFiles.all(reader.read(InputRef.ofPath("l.html"), new java.io.ByteArrayInputStream(latin))).get(0));
    assertThat(ok.article().text()).isEqualTo("Caf\u00E9 bombed");
    assertThat(ok.warnings()).isEmpty();
    byte[] undeclared = "<p>Caf\u00E9 \u2013 bombed</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    ok = ok(TestFiles.all(reader.read(InputRef.ofPath("u.html"), new java.io.ByteArrayInputStream(undeclared))).get(0));
    assertThat(ok.article().text()).isEqualTo("Caf\u00E9 \u2013 bombed");
    assertThat(ok.warnings()).containsExactly("u.html: not valid UTF-8; decoded as Windows-1252");
  }

  @Test
  void titleFallsBackToTitleElementThenFirstHeading() {
    assertThat(ok(readString("<title>T1</title><p>Body text here.</p>")).article().title()).isEqualTo("T1");
    assertThat(ok(readString("<div><h1>Head</h1><p>Body text here.</p></div>")).article().title()).isEqualTo("Head");
  }
}
