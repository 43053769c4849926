package org.sitrep.geo;

/**
 * An ISO 3166-1 country or territory: codes, English short name, capital and a representative
 * point (for "precision: country" locations).
 */
public record Country(String iso2, String iso3, String name, String capital, double lat, double lon) {}
