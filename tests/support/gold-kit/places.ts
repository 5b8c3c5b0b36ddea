/**
 * Every place the seed gold and the held-out gold name, by common English name, with a
 * representative point. One table for both sets, so a town has one name and one point in both
 * yardsticks. Sources: OpenStreetMap place nodes (/work/shared/data/osm-libya-places.json), DAFIF
 * airfields (/work/shared/data/libya-airfields-dafif.csv), OpenFlights, Wikipedia coordinates;
 * "approx" marks the annotator's estimate from news geography (may be off by up to ~15 km).
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
  // Tripolitania
  Tripoli: ly("city", 32.887, 13.191, "Wikipedia Tripoli, Libya"),
  Gharyan: ly("city", 32.172, 13.021, "OSM node غريان"),
  "Al-Asabaa": ly("town", 32.035, 12.872, "OSM node الأصابعة"),
  "Al-Aziziya": ly("town", 32.533, 13.018, "OSM node العزيزية"),
  "Al-Sbeea": ly("village", 32.62, 13.12, "approx: on the Tripoli–Gharyan road south of Tripoli"),
  "Nafusa Mountains": ly("mountain", 32.0, 12.5, "approx: the Jabal Nafusa escarpment"),
  Tarhuna: ly("city", 32.435, 13.635, "OSM node ترهونة"),
  "Bani Walid": ly("city", 31.758, 14.015, "OSM node بني وليد"),
  "Al-Watiya Air Base": ly("airbase", 32.473, 11.898, "DAFIF HL77 Okba Ibn Nafa (al-Watiya)"),
  Zintan: ly("town", 31.932, 12.249, "Wikipedia Zintan"),
  Rujban: ly("town", 31.941, 12.091, "OSM node الرجبان"),
  "Qasr bin Ghashir": ly("town", 32.686, 13.176, "OSM node قصر بن غشير"),
  "Tripoli International Airport": ly("airport", 32.664, 13.159, "DAFIF HLLT Tripoli Intl"),
  Mitiga: ly("airport", 32.894, 13.276, "DAFIF HLLM Mitiga"),
  "Ain Zara": ly("district", 32.795, 13.287, "OSM node عين زارة"),
  "Wadi al-Rabie": ly("district", 32.77, 13.33, "approx: south-east outskirts of Tripoli"),
  "Abu Salim": ly("district", 32.855, 13.175, "approx: Tripoli district south of the centre"),
  "Yarmouk camp (Tripoli)": ly("military-base", 32.78, 13.2, "approx: south of Tripoli, Salah al-Din/Khallat al-Furjan side"),
  "Khallat al-Furjan": ly("district", 32.79, 13.2, "approx: southern Tripoli front"),
  "Khallatat axis (Tripoli)": ly("axis", 32.8, 13.22, "approx: southern Tripoli front near Salah al-Din"),
  "Zuhur district (Tripoli)": ly("district", 32.8, 13.24, "approx: southern Tripoli front (Ain Zara side)"),
  "Salah al-Din axis (Tripoli)": ly("axis", 32.824, 13.22, "OSM node صلاح الدين"),
  "Passports building (Salah al-Din, Tripoli)": ly("facility", 32.82, 13.22, "approx: on the Salah al-Din axis"),
  Sabratha: ly("city", 32.792, 12.485, "Wikipedia Sabratha"),
  "Dahman (Sabratha)": ly("district", 32.785, 12.47, "approx: a quarter of Sabratha"),
  "Tlil (Sabratha)": ly("district", 32.8, 12.505, "approx: coastal quarter of Sabratha"),
  Zawiya: ly("city", 32.76, 12.736, "OSM node الزاوية"),
  Surman: ly("city", 32.755, 12.574, "OSM node صرمان"),
  Zuwara: ly("city", 32.933, 12.081, "OSM node زوارة"),
  Ajaylat: ly("city", 32.758, 12.377, "OSM node العجيلات"),
  Mellitah: ly("village", 32.87, 12.25, "approx: coast west of Sabratha"),
  "Mellitah oil and gas complex": ly("facility", 32.877, 12.258, "approx: Mellitah complex"),
  Misrata: ly("city", 32.375, 15.091, "OSM node مصراتة"),
  Zliten: ly("city", 32.468, 14.566, "OSM node زليتن"),
  Khoms: ly("city", 32.652, 14.268, "OSM node الخمس"),
  "Khoms port": ly("port", 32.66, 14.275, "approx: the port beside Khoms town"),
  "Abu Qurain": ly("town", 31.45, 15.255, "OSM node أبو قرين"),
  "Al-Washka (coastal, between Abu Qurain and Buwairat al-Hasun)": ly("town", 31.373, 15.571, "OSM node الوشكة"),
  "Buwairat al-Hasun": ly("village", 31.4, 15.727, "OSM node بويرات الحسون"),
  Qaddahiya: ly("village", 31.363, 15.241, "OSM node القداحية- زمزم"),
  "Hisha (near Misrata)": ly("reserve", 31.55, 15.2, "approx: the Hisha reserve area north of Abu Qurain, east/south-east of Misrata"),
  "Western Libya": ly("region", 32.0, 13.0, "approx: Tripolitania"),
  // Centre and the oil crescent
  Sirte: ly("city", 31.206, 16.584, "OSM node سرت"),
  "Ouagadougou complex (Sirte)": ly("facility", 31.2, 16.565, "approx: conference centre west of Sirte's centre"),
  "University district (Sirte)": ly("district", 31.18, 16.56, "approx"),
  "Giza al-Bahriya (Sirte)": ly("district", 31.215, 16.55, "approx: seaside district of Sirte"),
  "District No. 3 (Sirte)": ly("district", 31.2, 16.59, "approx"),
  "Ibn Sina Hospital (Sirte)": ly("facility", 31.205, 16.575, "approx"),
  "Qardabiya Air Base": ly("airbase", 31.06, 16.6, "approx: Gardabiya air base south of Sirte"),
  "Sirte Desert": ly("region", 30.3, 17.5, "approx: the desert south of the Gulf of Sirte"),
  "Wadi Bey": ly("wadi", 30.84, 15.325, "OSM node وادي بيّ"),
  "Gate 70 (Sirte)": ly("gate", 30.6, 16.55, "approx: road gate about 70 km south of Sirte on the Jufra road"),
  "Al-Jufra": ly("region", 29.125, 15.94, "OSM node هون (seat of al-Jufra district)"),
  "Al-Jufra Air Base": ly("airbase", 29.198, 16.001, "DAFIF HL69 Al Jufra"),
  Hun: ly("city", 29.125, 15.94, "OSM node هون"),
  "Oil Crescent": ly("region", 30.5, 18.5, "approx: Ras Lanuf, the middle of the oil-terminal coast"),
  "Ras Lanuf": ly("oil-terminal", 30.5, 18.567, "Wikipedia Ras Lanuf (the OSM node is ~18 km west)"),
  "Es Sider": ly("oil-terminal", 30.629, 18.349, "OSM node السدرة"),
  "Bin Jawad": ly("town", 30.8, 18.09, "Wikipedia Bin Jawad"),
  Brega: ly("oil-terminal", 30.407, 19.579, "OSM node مرسى البريقة"),
  Zueitina: ly("oil-terminal", 30.952, 20.118, "OSM node الزويتينة"),
  "Al-Haruj": ly("mountain", 27.25, 17.5, "approx: the Haruj volcanic field"),
  // Cyrenaica
  Benghazi: ly("city", 32.12, 20.081, "OSM node بنغازي"),
  Ganfouda: ly("district", 32.029, 20.018, "OSM node قنفودة"),
  "Ganfouda beach resort (Benghazi)": ly("facility", 32.04, 20.0, "approx: the resort on Ganfouda's shore"),
  "Tayra district (Benghazi)": ly("district", 32.035, 19.99, "approx: west of Ganfouda"),
  "12 Buildings (Benghazi)": ly("district", 32.05, 20.03, "approx: between Ganfouda and Bu Sneib"),
  "Bu Sneib (Benghazi)": ly("district", 32.06, 20.04, "approx"),
  "Qawarsha (Benghazi)": ly("district", 32.07, 20.03, "approx: west Benghazi"),
  "Sabri (Benghazi)": ly("district", 32.124, 20.065, "approx: central Benghazi by the port"),
  "Suq al-Hout (Benghazi)": ly("district", 32.117, 20.068, "approx: central Benghazi"),
  Derna: ly("city", 32.759, 22.638, "OSM node درنة"),
  "Old City (Derna)": ly("district", 32.765, 22.64, "approx"),
  "Maghar district (Derna)": ly("district", 32.76, 22.625, "approx"),
  "Shiha district (Derna)": ly("district", 32.75, 22.66, "approx"),
  "Derna port": ly("port", 32.77, 22.645, "approx"),
  Bayda: ly("city", 32.761, 21.758, "OSM node البيضاء"),
  Tobruk: ly("city", 32.077, 23.96, "OSM node طبرق"),
  Ajdabiya: ly("city", 30.755, 20.223, "OSM node إجدابيا"),
  // South
  "Southern Libya": ly("region", 26.5, 14.5, "approx: Fezzan"),
  "Sharara oil field": ly("oil-field", 26.575, 12.227, "OSM node Sharara Central Complex"),
  Sabha: ly("city", 27.036, 14.429, "OSM node سبها"),
  "Tamanhint Air Base": ly("airbase", 27.24, 14.656, "Wikipedia Tamanhint Air Base"),
  Ubari: ly("city", 26.591, 12.77, "OSM node أوباري"),
  Murzuq: ly("city", 25.914, 13.92, "OSM node مرزق"),
  Kufra: ly("town", 24.18, 23.276, "OSM node Al Kufrah"),
  Tazirbu: ly("town", 25.672, 21.062, "OSM node تازربو"),
  "Al-Rajma": ly("village", 32.07, 20.344, "OSM node الرجمة (the LNA's general command east of Benghazi)"),
  // Countries and places abroad
  Libya: { kind: "country", lat: 26.3, lon: 17.2, scope: "country", source: "centroid, approx" },
  Turkey: country(39.0, 35.2),
  Egypt: country(26.8, 30.8),
  Italy: country(42.8, 12.6),
  Syria: country(35.0, 38.5),
  France: country(46.6, 2.4),
  Algeria: country(28.0, 2.6),
  Iraq: country(33.0, 43.7),
  Chad: country(15.5, 18.7),
  Sudan: country(15.6, 30.2),
  "United Arab Emirates": country(23.9, 54.3),
  Ankara: abroad("foreign-place", 39.93, 32.86, "Wikipedia Ankara"),
  Istanbul: abroad("foreign-place", 41.01, 28.98, "Wikipedia Istanbul"),
  "Abu Dhabi": abroad("foreign-place", 24.45, 54.38, "Wikipedia Abu Dhabi"),
  "Mediterranean Sea": abroad("region", null, null, "a sea: no single point"),
  "Tripoli (Lebanon)": abroad("foreign-place", 34.437, 35.85, "Wikipedia Tripoli, Lebanon"),
  "N'Djamena": abroad("foreign-place", 12.11, 15.04, "Wikipedia N'Djamena"),
};
