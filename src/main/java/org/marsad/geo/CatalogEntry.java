package org.marsad.geo;

import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Geo;

/**
 * One known actor or place: from the built-in catalog or from an imported GeoNames gazetteer.
 *
 * @param id       stable id: catalog ids such as {@code cc:IQ}, {@code org:isis}; gazetteer ids {@code geonames:99072}
 * @param kind     for places: country, admin1, city, site, region, water, other; else org or person
 * @param country  ISO 3166-1 alpha-2, {@code XX} for multinational, or null
 * @param role     for people: head, pm, fm, minister, leader, ... (may be null)
 * @param classes  normalized nominal heads (تنظيم, جماعه, ...) by which the text may refer back to it
 */
record CatalogEntry(String id, EntityType type, String kind, String wikidata, String country, String admin1,
                    double lat, double lon, String nameEn, String nameAr, String role, Set<String> classes,
                    boolean fromGazetteer, long population) {

    boolean hasCoordinates() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    /** The contract's {@code kb}: the Wikidata id when known, else the catalog or GeoNames id. */
    String kb() {
        if (wikidata != null) return wikidata;
        return fromGazetteer ? id : "marsad:" + id;
    }

    Geo geo() {
        if (type != EntityType.LOC || !hasCoordinates()) return null;
        return new Geo(lat, lon, country, admin1, kind);
    }
}
