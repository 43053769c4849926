package org.sitrep.extract;

import org.sitrep.actors.Actor;
import org.sitrep.nlp.Span;

/** An event argument: the actor and the text that names it. */
record Arg(Actor actor, Span span, String text) {}
