package org.sitrep.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a {@code .json} file holding one JSON array of input records, streaming with Jackson so a
 * large array is not loaded at once. Records are named {@code path:line} by the line where they
 * start. Unlike JSONL, a syntax error ends the file (a parser cannot resynchronise inside an
 * array): it is reported as a rejection and the records before it stand.
 */
public final class JsonArrayReader implements ArticleReader {
  private static final ObjectReader ELEMENT = JsonlReader.JSON.readerFor(JsonNode.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ReadLimits limits;

  public JsonArrayReader(ReadLimits limits) {
    this.limits = limits;
  }

  public JsonArrayReader() {
    this(ReadLimits.DEFAULT);
  }

  @Override
  public Stream<ReadResult> read(InputRef input, InputStream in) {
    Spliterator<ReadResult> results = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      private JsonParser parser;
      private boolean done;

      @Override
      public boolean tryAdvance(Consumer<? super ReadResult> action) {
        if (done) {
          return false;
        }
        String where = input.ref();
        try {
          if (parser == null) {
            parser = JsonlReader.JSON.getFactory().createParser(in);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
              return fail(action, where, "not a JSON array");
            }
          }
          JsonToken token = parser.nextToken();
          where = input.ref() + ":" + parser.currentTokenLocation().getLineNr();
          if (token == JsonToken.END_ARRAY || token == null) {
            done = true;
            return false;
          }
          JsonNode node = ELEMENT.readValue(parser);
          action.accept(JsonRecords.toResult(where, node, null, limits));
          return true;
        } catch (JsonProcessingException e) {
          return fail(action, where, "invalid JSON: " + JsonlReader.shortReason(e));
        } catch (IOException e) {
          return fail(action, where, "read error: " + e.getMessage());
        }
      }

      private boolean fail(Consumer<? super ReadResult> action, String where, String reason) {
        done = true;
        action.accept(new ReadResult.Rejected(where, reason + "; the rest of the file is skipped"));
        return true;
      }
    };
    return StreamSupport.stream(results, false);
  }
}
