package org.sitrep.eval;

/** Great-circle distance on a sphere of radius 6371 km, as devscore.py computes it. */
public final class Haversine {
  public static final double EARTH_RADIUS_KM = 6371.0;

  private Haversine() {}

  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
  }
}
