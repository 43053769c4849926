package org.sitrep.article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one HTML page with jsoup: the title and the article body, boilerplate removed (see {@link
 * HtmlContentExtractor}), paragraphs separated by blank lines. Published date, outlet and URL are
 * taken from the page's metadata when it has them.
 */
public final class HtmlReader extends WholeDocumentReader {
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  public HtmlReader(ReadLimits limits) {
    super(limits);
  }

  public HtmlReader() {
    this(ReadLimits.DEFAULT);
  }

  @Override
  protected Stream<ReadResult> parse(InputRef input, byte[] content) {
    TextDecoder.Decoded decoded = decode(content);
    return fromHtml(input, decoded.text(), decoded.warning());
  }

  /** Reads already decoded HTML; {@code warning} (may be null) is attached to the result. */
  Stream<ReadResult> fromHtml(InputRef input, String html, String warning) {
    if (TextChecks.isBinary(html)) {
      return Stream.of(new ReadResult.Rejected(input.ref(), "binary content"));
    }
    Document doc = Jsoup.parse(html);
    HtmlContentExtractor.Extracted page = HtmlContentExtractor.extract(doc);
    Article article = new Article(input.id(), page.text(), page.title(), page.published(),
        page.source(), page.url());
    return Documents.result(input, article, Documents.warnings(input, warning), limits);
  }

  /** UTF-8 when valid; else the charset the page declares; else Windows-1252 with a warning. */
  static TextDecoder.Decoded decode(byte[] bytes) {
    TextDecoder.Decoded utf8 = TextDecoder.decode(bytes);
    if (utf8.warning() == null) {
      return utf8;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (name.equals("windows-1252") || name.equals("cp1252") || name.equals("iso-8859-1")
          || name.equals("latin1")) {
        return new TextDecoder.Decoded(utf8.text(), null); // declared, so no surprise to warn of
      }
      if (!name.startsWith("utf") && !name.equals("us-ascii") && Charset.isSupported(name)) {
        return new TextDecoder.Decoded(new String(bytes, Charset.forName(name)), null);
      }
    }
    return utf8;
  }
}
