package eu.sadarbe.places.domain;

/**
 * The great-circle distance on a sphere with the mean radius of the Earth (IUGG: 6371.0088 km), by the haversine
 * formula, rounded to whole kilometres as the Commission's distance calculator shows it.
 */
public final class GreatCircle {

    public static final double EARTH_MEAN_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static int kilometres(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
        double latitudeDelta = Math.toRadians(toLatitude - fromLatitude);
        double longitudeDelta = Math.toRadians(toLongitude - fromLongitude);
        double haversine = Math.pow(Math.sin(latitudeDelta / 2), 2)
                + Math.cos(Math.toRadians(fromLatitude)) * Math.cos(Math.toRadians(toLatitude))
                * Math.pow(Math.sin(longitudeDelta / 2), 2);
        double centralAngle = 2 * Math.atan2(Math.sqrt(haversine), Math.sqrt(1 - haversine));
        return (int) Math.round(EARTH_MEAN_RADIUS_KM * centralAngle);
    }
}
