package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorMention;
import org.sitrep.extract.model.Claimant;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds who says what, from the dependency parse: the subject of a speech verb governs its
 * complement ("X said ...", "... , said X"), "according to X", quotations and their speakers
 * (a quotation with no speech verb continues the previous speaker), "reportedly" (unattributed),
 * and pronouns or "the statement" resolved to the last named claimant. Text with no attribution is
 * stated by the outlet.
 */
final class DependencyClaimFinder {
  private static final Set<String> ANAPHORIC_CLAIMANTS = Set.of(
      "it", "she", "he", "they", "statement", "ministry", "spokesman", "spokeswoman", "spokesperson",
      "official", "officials", "source", "sources", "army", "military", "report", "command", "agency", "group");

  /** A resolved claimant and where its name stands. */
  record Attributed(Claimant claimant, Actor actor, int subjectToken) {}

  private final DocContext doc;
  private final Claimant outlet;
  private final int[] quoteOf; // quote id per token, -1 outside quotes
  private final List<Attributed> quoteSpeaker = new ArrayList<>();
  private final Map<Integer, Attributed> sentenceClaimant = new HashMap<>();

  DependencyClaimFinder(DocContext doc) {
    this.doc = doc;
    String source = doc.analysis().article().source();
    this.outlet = new Claimant(source == null || source.isBlank() ? "reporting outlet" : source, "media");
    this.quoteOf = new int[doc.analysis().tokens().size()];
    markQuotes();
    resolveSentences();
  }

  Claimant outlet() {
    return outlet;
  }

  /** The claimant of the sentence's main clause, or null when it attributes nothing. */
  Attributed sentenceClaimant(int sentence) {
    return sentenceClaimant.get(sentence);
  }

  /** Who claims what token {@code i} says. */
  Attributed claimantOf(int i) {
    if (quoteOf[i] >= 0 && quoteSpeaker.get(quoteOf[i]) != null) {
      return quoteSpeaker.get(quoteOf[i]);
    }
    Sentence s = doc.analysis().sentenceOf(i);
    Attributed viaVerb = speechAncestor(i, s);
    if (viaVerb != null) {
      return viaVerb;
    }
    Attributed according = accordingTo(s);
    if (according != null) {
      return according;
    }
    if (reportedly(s)) {
      return new Attributed(Claimant.UNATTRIBUTED, null, -1);
    }
    return new Attributed(outlet, null, -1);
  }

  private void markQuotes() {
    java.util.Arrays.fill(quoteOf, -1);
    List<Token> tokens = doc.analysis().tokens();
    int open = -1;
    int id = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      boolean quote = w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("``") || w.equals("''");
      if (i > 0 && open >= 0 && paragraphBreak(tokens.get(i - 1), tokens.get(i)) && !quote) {
        // a quotation left open at a paragraph end closes there
        open = -1;
        id++;
      }
      if (!quote) {
        if (open >= 0) {
          quoteOf[i] = id;
        }
        continue;
      }
      boolean opening = w.equals("\u201C") || w.equals("``") || (w.equals("\"") && open < 0);
      if (opening && open < 0) {
        open = i;
      } else if (open >= 0) {
        open = -1;
        id++;
      }
    }
    for (int q = 0; q <= id; q++) {
      quoteSpeaker.add(null);
    }
  }

  /** A paragraph ends between a and b: a blank line after a sentence's end (not a broken wrap). */
  private boolean paragraphBreak(Token a, Token b) {
    String between = doc.analysis().text().substring(a.span().end(), b.span().start());
    return between.contains("\n\n") && a.word().matches("[.!?:\"\u201D']+|''");
  }

  private void resolveSentences() {
    Attributed last = null;
    int lastQuote = -1;
    int lastQuoteSentence = -10;
    for (Sentence s : doc.analysis().sentences()) {
      Attributed main = null;
      int root = root(s);
      // speech verbs of the sentence outside quotations; the first whose subject resolves wins
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (quoteOf[i] >= 0 || !isSpeechVerb(i)) {
          continue;
        }
        Attributed a = subjectOf(i, last);
        if (a != null && (main == null || i == root)) {
          main = a;
        }
      }
      if (main == null) {
        main = accordingTo(s, last);
      }
      // quotations in this sentence take its speaker, or continue the previous quotation's
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        int q = quoteOf[i];
        if (q >= 0 && quoteSpeaker.get(q) == null) {
          Attributed speaker = main;
          if (speaker == null && lastQuote >= 0 && s.index() - lastQuoteSentence <= 2) {
            speaker = quoteSpeaker.get(lastQuote);
          }
          quoteSpeaker.set(q, speaker);
          if (main == null) {
            main = speaker;
          }
        }
        if (q >= 0) {
          lastQuote = q;
          lastQuoteSentence = s.index();
        }
      }
      if (main != null) {
        sentenceClaimant.put(s.index(), main);
        last = main;
      } else {
        Attributed doer = rootSubject(s, last);
        last = doer != null ? doer : last; // what "a statement" in the next sentence refers to
      }
    }
  }

  private int root(Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (doc.graph().head(i) < 0 && doc.graph().relation(i).equals("root")) {
        return i;
      }
    }
    return -1;
  }

  private boolean isSpeechVerb(int i) {
    Token t = doc.token(i);
    if (!t.pos().startsWith("VB")) {
      return false;
    }
    return doc.lex().cues().values(doc.analysis(), i, i + 1).contains("SPEECH");
  }

  private Attributed speechAncestor(int i, Sentence s) {
    int child = i;
    int t = doc.graph().head(i);
    for (int hops = 0; t >= 0 && hops < 30; hops++) {
      if (quoteOf[t] < 0 && isSpeechVerb(t)) {
        String rel = doc.graph().relation(child);
        if (!rel.startsWith("nsubj") && !rel.startsWith("obl")) {
          Attributed a = sentenceClaimant.get(s.index());
          Attributed direct = subjectOf(t, a);
          if (direct != null) {
            return direct;
          }
        }
      }
      child = t;
      t = doc.graph().head(t);
    }
    return null;
  }

  private Attributed subjectOf(int verb, Attributed last) {
    for (int subj : doc.graph().children(verb, "nsubj")) {
      if (doc.graph().relation(subj).startsWith("nsubj")) {
        return resolve(subj, last);
      }
    }
    // inverted attribution after a quotation: '..." said the statement' (parsed as an object)
    for (int obj : doc.graph().children(verb, "obj")) {
      if (obj > verb && verb > 0 && (quoteOf[verb - 1] >= 0 || isQuoteOrComma(verb - 1))) {
        return resolve(obj, last);
      }
    }
    return null;
  }

  private boolean isQuoteOrComma(int i) {
    String w = doc.token(i).word();
    return w.equals(",") || w.equals("\"") || w.equals("\u201D") || w.equals("''");
  }

  /** The named actor that is the subject of a sentence's main verb ("Syria's ministry called ..."). */
  private Attributed rootSubject(Sentence s, Attributed last) {
    int root = root(s);
    if (root < 0) {
      return null;
    }
    for (int subj : doc.graph().children(root, "nsubj")) {
      ActorMention m = doc.actorAt(subj);
      if (m != null && m.actor().country() != null) {
        return resolve(subj, last);
      }
    }
    return null;
  }

  private Attributed accordingTo(Sentence s) {
    Attributed previous = null;
    for (int k = s.index() - 1; k >= 0 && previous == null; k--) {
      previous = sentenceClaimant.get(k);
    }
    return accordingTo(s, previous);
  }

  private Attributed accordingTo(Sentence s, Attributed last) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (doc.lower(i).equals("according") && i + 2 < s.endToken() && doc.lower(i + 1).equals("to")) {
        int head = doc.graph().head(i);
        if (head >= 0 && head > i) {
          return resolve(head, last);
        }
        return resolve(i + 2, last);
      }
    }
    return null;
  }

  private boolean reportedly(Sentence s) {
    return doc.hasCue(s.firstToken(), s.endToken(), "REPORTEDLY");
  }

  /** Names the claimant whose head noun is {@code head}; anaphoric heads take {@code last}. */
  private Attributed resolve(int head, Attributed last) {
    int[] range = doc.graph().subtree(head);
    int first = Math.max(range[0], head - 8);
    int end = Math.min(range[1], head + 8);
    String headWord = doc.lower(head);
    ActorMention actor = doc.actorIn(first, end, head);
    if (actor != null && !ANAPHORIC_CLAIMANTS.contains(doc.lower(actor.headToken()))
        || actor != null && actor.actor().country() != null) {
      String name = actor.text().replaceFirst("^(?i)the\\s+", "");
      return new Attributed(new Claimant(name, actor.actor().claimantType()), actor.actor(), head);
    }
    PlaceMention place = doc.placeAt(head);
    if (place != null && place.country() != null && place.kind() != PlaceMention.Kind.DEMONYM) {
      Actor state = Actor.generic(Actor.Kind.GOVERNMENT, place.country().iso2());
      return new Attributed(new Claimant(place.text(), "government"), state, head);
    }
    if (ANAPHORIC_CLAIMANTS.contains(headWord) || doc.token(head).pos().startsWith("PRP")) {
      return last;
    }
    if ("PERSON".equals(doc.token(head).ner())) {
      int s = head;
      while (s > first && "PERSON".equals(doc.token(s - 1).ner())) {
        s--;
      }
      ActorMention affiliation = doc.actorIn(first, end, first);
      String type = affiliation != null ? affiliation.actor().claimantType() : "witness";
      return new Attributed(new Claimant(doc.analysis().text(doc.span(s, head + 1)), type), null, head);
    }
    if (doc.token(head).isNoun()) {
      String text = doc.analysis().text(doc.span(first, end)).replaceFirst("^(?i)(the|a|an)\\s+", "");
      return new Attributed(new Claimant(text, ClaimantTyping.typeOf(headWord)), null, head);
    }
    return null;
  }

  static String lowerRoot(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
