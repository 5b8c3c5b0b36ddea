import * as L from "leaflet";
import iconRetinaUrl from "leaflet/dist/images/marker-icon-2x.png";
import iconUrl from "leaflet/dist/images/marker-icon.png";
import shadowUrl from "leaflet/dist/images/marker-shadow.png";

/**
 * Leaflet guesses its marker images' folder from a CSS background URL; once Vite hashes the file
 * names the guess yields a broken path. Give it the bundled URLs instead. Idempotent.
 */
export function useBundledMarkerIcons(): void {
  L.Icon.Default.imagePath = "";
  L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });
}
