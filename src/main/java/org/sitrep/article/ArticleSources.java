package org.sitrep.article;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The one entry point the CLI reads articles through. Each input is a file path, a folder (its
 * files, sorted, recursively; hidden files skipped) or {@code -} for standard input. The format
 * comes from the extension, else from the content ({@link InputFormat}). Results come lazily and in
 * input order; a bad input or record becomes a {@link ReadResult.Rejected} and reading goes on.
 * Close the stream when done (try-with-resources): it closes the file being read.
 */
public final class ArticleSources {
  private static final int SNIFF_BYTES = 8192;

  private final ReadLimits limits;
  private final InputStream stdin;

  public ArticleSources(ReadLimits limits, InputStream stdin) {
    this.limits = limits;
    this.stdin = stdin;
  }

  /** Reads {@code inputs} with the default limits, {@code -} being {@link System#in}. */
  public static Stream<ReadResult> open(List<String> inputs, Defaults defaults) {
    return new ArticleSources(ReadLimits.DEFAULT, System.in).read(inputs, defaults);
  }

  /**
   * Reads {@code inputs} in order, lazily: one file is open at a time, and a JSONL file is read a
   * line at a time whether the stream is consumed by {@code forEach} or by {@code iterator()}.
   */
  public Stream<ReadResult> read(List<String> inputs, Defaults defaults) {
    Concatenation all = new Concatenation(inputs.stream().flatMap(ArticleSources::expand).toList());
    return StreamSupport.stream(all, false).onClose(all::close).map(r -> applyDefaults(r, defaults));
  }

  /** Folders become their files; anything else stays as it is, to be checked when opened. */
  private static Stream<String> expand(String input) {
    if (input.equals("-")) {
      return Stream.of(input);
    }
    try {
      Path path = Path.of(input);
      return Files.isDirectory(path) ? folder(path) : Stream.of(input);
    } catch (InvalidPathException | UncheckedIOException e) {
      return Stream.of(input); // reported when opened
    }
  }

  private Stream<ReadResult> readOne(String input) {
    if (input.equals("-")) {
      return readStream(new InputRef("stdin", "stdin"), "", new NonClosing(stdin));
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      return Stream.of(new ReadResult.Rejected(input, "invalid path: " + e.getMessage()));
    }
    if (Files.isDirectory(path)) {
      return Stream.of(new ReadResult.Rejected(input, "cannot list folder"));
    }
    if (!Files.isRegularFile(path)) {
      return Stream.of(new ReadResult.Rejected(input, Files.exists(path) ? "not a regular file"
          : "no such file: " + input));
    }
    try {
      InputStream in = Files.newInputStream(path);
      return readStream(InputRef.ofPath(input), input, in).onClose(() -> close(in));
    } catch (NoSuchFileException e) {
      return Stream.of(new ReadResult.Rejected(input, "no such file: " + input));
    } catch (IOException e) {
      return Stream.of(new ReadResult.Rejected(input, "cannot read: " + e.getMessage()));
    }
  }

  /** The results of one input after another, pulling one at a time; closes each input when done. */
  private final class Concatenation extends Spliterators.AbstractSpliterator<ReadResult> {
    private final Iterator<String> inputs;
    private Stream<ReadResult> current;
    private Spliterator<ReadResult> results;

    Concatenation(List<String> inputs) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.inputs = inputs.iterator();
    }

    @Override
    public boolean tryAdvance(Consumer<? super ReadResult> action) {
      while (true) {
        if (results != null && results.tryAdvance(action)) {
          return true;
        }
        close();
        if (!inputs.hasNext()) {
          return false;
        }
        current = readOne(inputs.next());
        results = current.spliterator();
      }
    }

    void close() {
      if (current != null) {
        current.close();
        current = null;
        results = null;
      }
    }
  }

  private Stream<ReadResult> readStream(InputRef ref, String fileName, InputStream raw) {
    BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
    try {
      in.mark(SNIFF_BYTES);
      byte[] head = new byte[SNIFF_BYTES];
      int length = sniffHead(in, head);
      in.reset();
      return reader(InputFormat.detect(fileName, head, length)).read(ref, in);
    } catch (IOException | UncheckedIOException e) {
      return Stream.of(new ReadResult.Rejected(ref.ref(), "cannot read: " + e.getMessage()));
    }
  }

  /**
   * Reads what is at hand of the start, at least up to the first non-blank byte, without waiting
   * for more: a pipe that sends one JSONL record at a time is not stalled.
   */
  private static int sniffHead(InputStream in, byte[] head) throws IOException {
    int length = 0;
    while (length < head.length) {
      int n = in.read(head, length, head.length - length);
      if (n < 0) {
        break;
      }
      length += n;
      if (!new String(head, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()
          && in.available() <= 0) {
        break;
      }
    }
    return length;
  }

  private ArticleReader reader(InputFormat format) {
    return switch (format) {
      case JSONL -> new JsonlReader(limits);
      case JSON_ARRAY -> new JsonArrayReader(limits);
      case HTML -> new HtmlReader(limits);
      case TEXT -> new PlainTextReader(limits);
      case FEED -> new FeedReader(limits);
    };
  }

  private static Stream<String> folder(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !isHidden(dir.relativize(p)))
          .map(Path::toString).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static ReadResult applyDefaults(ReadResult r, Defaults defaults) {
    return r instanceof ReadResult.Ok ok
        ? new ReadResult.Ok(defaults.applyTo(ok.article()), ok.warnings()) : r;
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Standard input is not ours to close. */
  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
