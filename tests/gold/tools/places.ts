/**
 * The places the gold files name, by common English name, with a representative point.
 * Sources: OpenStreetMap place nodes (/work/shared/data/osm-libya-places.json), DAFIF/OpenFlights
 * airfields, Wikipedia infobox coordinates; points marked "approx" are the annotator's estimate
 * from news geography and may be off by up to ~15 km.
 */
import type { Scope } from "./schema.ts";

export interface PlaceFacts {
  readonly kind: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly scope: Scope;
  readonly source: string;
}

const ly = (kind: string, lat: number, lon: number, source: string): PlaceFacts => ({ kind, lat, lon, scope: "libya", source });
const abroad = (kind: string, lat: number | null, lon: number | null, source: string): PlaceFacts => ({ kind, lat, lon, scope: "foreign", source });
const country = (lat: number, lon: number): PlaceFacts => ({ kind: "country", lat, lon, scope: "country", source: "centroid, approx" });

export const PLACES: Readonly<Record<string, PlaceFacts>> = {
  Sirte: ly("city", 31.206, 16.584, "OSM node سرت"),
  Misrata: ly("city", 32.375, 15.091, "OSM node مصراتة"),
  Tripoli: ly("city", 32.887, 13.191, "Wikipedia Tripoli, Libya"),
  Benghazi: ly("city", 32.12, 20.081, "OSM node بنغازي"),
  Tarhuna: ly("city", 32.435, 13.635, "OSM node ترهونة"),
  "Bani Walid": ly("city", 31.758, 14.015, "OSM node بني وليد"),
  "Al-Jufra": ly("region", 29.125, 15.94, "OSM node هون (seat of al-Jufra district)"),
  "Al-Jufra Air Base": ly("airbase", 29.198, 16.001, "DAFIF HL69 Al Jufra"),
  "Abu Qurain": ly("town", 31.45, 15.255, "OSM node أبو قرين"),
  "Al-Washka (coastal, between Abu Qurain and Buwairat al-Hasun)": ly("town", 31.373, 15.571, "OSM node الوشكة"),
  "Buwairat al-Hasun": ly("village", 31.4, 15.727, "OSM node بويرات الحسون"),
  Qaddahiya: ly("village", 31.363, 15.241, "OSM node القداحية- زمزم"),
  "Hisha (near Misrata)": ly("reserve", 31.55, 15.2, "approx: the Hisha reserve area north of Abu Qurain, east/south-east of Misrata"),
  "Wadi Bey": ly("wadi", 30.84, 15.325, "OSM node وادي بيّ"),
  "Gate 70 (Sirte)": ly("gate", 30.6, 16.55, "approx: road gate about 70 km south of Sirte on the Jufra road"),
  Khoms: ly("city", 32.652, 14.268, "OSM node الخمس"),
  Zuwara: ly("city", 32.933, 12.081, "OSM node زوارة"),
  Mitiga: ly("airport", 32.894, 13.276, "DAFIF HLLM Mitiga"),
  "Zuhur district (Tripoli)": ly("district", 32.8, 13.24, "approx: southern Tripoli front (Ain Zara side)"),
  "Salah al-Din axis (Tripoli)": ly("axis", 32.824, 13.22, "OSM node صلاح الدين"),
  "Passports building (Salah al-Din, Tripoli)": ly("facility", 32.82, 13.22, "approx: on the Salah al-Din axis"),
  "Oil Crescent": ly("region", 30.5, 18.5, "approx: Ras Lanuf, the middle of the oil-terminal coast"),
  "Western Libya": ly("region", 32.0, 13.0, "approx: Tripolitania"),
  Libya: { kind: "country", lat: 26.3, lon: 17.2, scope: "country", source: "centroid, approx" },
  Turkey: country(39.0, 35.2),
  Syria: country(35.0, 38.5),
  Egypt: country(26.8, 30.8),
  Italy: country(42.8, 12.6),
  France: country(46.6, 2.4),
  Algeria: country(28.0, 2.6),
  "United Arab Emirates": country(23.9, 54.3),
  Istanbul: abroad("foreign-place", 41.01, 28.98, "Wikipedia Istanbul"),
  Ankara: abroad("foreign-place", 39.93, 32.86, "Wikipedia Ankara"),
  "Abu Dhabi": abroad("foreign-place", 24.45, 54.38, "Wikipedia Abu Dhabi"),
  "Mediterranean Sea": abroad("region", null, null, "a sea: no single point"),
};
