package org.marsad.model;

/** Coordinates of a place: ISO-3166 alpha-2 country, admin-1 name when known, and a feature kind. */
public record Geo(double lat, double lon, String country, String admin1, String feature) {
}
