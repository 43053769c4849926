package org.sitrep.eval;

/** How far a predicted point lies from the coders' point for one row. */
public record LocationError(String id, double km, String goldPlace, String predictedPlace) {}
