package org.sitrep.extract;

import java.util.List;
import org.sitrep.extract.model.DateValue;

/** What one sentence says of one event: its triggers, type, mode, arguments, place and date. */
record Mention(int sentence, List<Trigger> triggers, EventType type, String mode, Arg agent, Arg patient,
    PlaceChooser.Candidate place, DateValue date) {

  Trigger main() {
    Trigger best = triggers.get(0);
    for (Trigger t : triggers) {
      if (t.type().specificity() > best.type().specificity()) {
        best = t;
      }
    }
    return best;
  }
}
