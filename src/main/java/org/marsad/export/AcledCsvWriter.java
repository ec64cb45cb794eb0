package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Geo;
import org.marsad.model.Modality;

/**
 * ACLED-style rows for the events that have an ACLED type and happened (asserted or historical): the
 * codebook's columns event_date, time_precision (1 day, 2 week, 3 month or coarser), event_type,
 * sub_event_type, actor1, actor2, country, admin1, location, latitude, longitude, geo_precision (1 a
 * town or smaller, 2 a region, 3 a country), source, notes, fatalities. Undated events take the
 * publication date with precision 2.
 */
final class AcledCsvWriter implements AnalysisWriter {
    static final String[] HEADER = {"event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
            "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"};
    private final Writer out;
    private boolean headerWritten;

    AcledCsvWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Analysis analysis) throws IOException {
        header();
        EventRecords records = new EventRecords(analysis);
        for (Event e : analysis.events()) {
            if (e.acledEventType() == null || !(e.modality() == Modality.ASSERTED || e.modality() == Modality.HISTORICAL)) continue;
            String[] date = dateAndPrecision(e, records);
            if (date == null) continue;
            Entity place = records.entity(e.location());
            Geo geo = place == null ? null : place.geo();
            out.write(CsvLine.of(analysis.id() + "-" + e.id(), date[0], date[1], e.acledEventType(), e.acledSubEventType(),
                    records.name(e.actor()), records.name(e.target()),
                    geo == null ? null : EventRecords.countryName(geo.country()), geo == null ? null : geo.admin1(),
                    place == null ? null : records.name(place.id()), geo == null ? null : geo.lat(), geo == null ? null : geo.lon(),
                    geo == null ? null : geoPrecision(geo), records.source(), records.sentence(e),
                    e.fatalities() == null ? 0 : e.fatalities()));
        }
    }

    private static String[] dateAndPrecision(Event e, EventRecords records) {
        String d = e.date();
        if (d == null) {
            String published = records.date(e);
            return published == null ? null : new String[] {published, "2"};
        }
        if (d.length() == 10) return new String[] {d, "1"};
        if (d.contains("-W")) {
            var monday = java.time.LocalDate.parse(d.substring(0, 4) + "-01-04")
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(d.substring(6)))
                    .with(java.time.DayOfWeek.MONDAY);
            return new String[] {monday.toString(), "2"};
        }
        if (d.length() == 7) return new String[] {d + "-01", "3"};
        if (d.length() == 4) return new String[] {d + "-01-01", "3"};
        return null;
    }

    private static int geoPrecision(Geo geo) {
        String f = geo.feature() == null ? "" : geo.feature().toLowerCase(java.util.Locale.ROOT);
        if (f.startsWith("pcl") || f.equals("country")) return 3;
        if (f.startsWith("adm") || f.equals("region")) return 2;
        return 1;
    }

    private void header() throws IOException {
        if (!headerWritten) {
            out.write(CsvLine.of((Object[]) HEADER));
            headerWritten = true;
        }
    }

    @Override
    public void close() throws IOException {
        header();
        out.flush();
    }
}
