/**
 * Places: the ISO 3166-1 country table ({@link org.sitrep.geo.Countries}), the GeoNames cities500
 * gazetteer ({@link org.sitrep.geo.Gazetteer}, built at compile time by {@link
 * org.sitrep.geo.GazetteerIndexBuilder}) and place finding and resolution in analysed articles
 * ({@link org.sitrep.geo.GazetteerPlaceFinder}).
 *
 * <p>Gazetteer data: GeoNames (https://www.geonames.org), licensed CC BY 4.0. Country
 * representative points: Google's public DSPL "countries" table; demonyms and aliases: ours.
 */
package org.sitrep.geo;
