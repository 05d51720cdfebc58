package org.cagraph.actors;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facilities a Chinese sentence names by their place and kind (伊塞克湖畔的魚雷試驗站 for the Issyk-Kul
 * torpedo test base): a place, a word of position (畔, 附近, 境內) or 的, and a run of characters whose
 * opening words, two characters at least and short of the run's last character (its kind: 站, 基地),
 * stand with one of the place's names in exactly one known facility's names. The run links to that
 * facility; two facilities, or a run that names only its kind (比什凱克附近的機場), link nothing.
 */
final class FacilityDescriptions {
  private final List<Actor> facilities;

  private final Map<Actor, List<String>> keyed = new IdentityHashMap<>();

  FacilityDescriptions(Map<String, Actor> byId) {
    facilities = byId.values().stream().filter(a -> a.label().equals("Facility")).toList();
    for (Actor a : byId.values()) {
      if (a.label().equals("Facility") || a.label().equals("Place")) {
        List<String> k = new ArrayList<>();
        a.names().forEach(x -> k.add(Linker.key(x)));
        keyed.put(a, k);
      }
    }
  }

  private static final java.util.regex.Pattern POSITION =
      java.util.regex.Pattern.compile("(?:畔|附近|境内|一带|郊区|郊外)?的?");

  /** Characters that end a run: function words and the characters of a new clause. */
  private static final String STOPS = "的和与及、在是为于将已曾也都均由";

  void link(String v, List<Mention> out) {
    List<Mention> places = out.stream().filter(x -> x.actor().label().equals("Place")).toList();
    for (Mention p : places) {
      int at = p.end();
      java.util.regex.Matcher m = POSITION.matcher(v);
      m.region(at, v.length());
      if (!m.lookingAt() || m.end() == at) {
        continue; // glued to the place (伊塞克湖魚雷試驗基地 is a name the linker reads)
      }
      int b = m.end();
      int e = b;
      while (e < v.length()
          && e - b < 10
          && Character.isIdeographic(v.charAt(e))
          && STOPS.indexOf(v.charAt(e)) < 0
          && !covered(out, e)) {
        e++;
      }
      if (e - b < 3) {
        continue;
      }
      List<String> placeNames =
          keyed.getOrDefault(p.actor(), List.of()).stream()
              .filter(n -> n.chars().anyMatch(Character::isIdeographic) && n.length() >= 2)
              .toList();
      for (int t = e; t >= b + 2; t--) {
        String topic = v.substring(b, t);
        List<Actor> fits =
            facilities.stream()
                .filter(
                    f ->
                        keyed.get(f).stream()
                            .anyMatch(
                                n ->
                                    n.contains(topic) && placeNames.stream().anyMatch(n::contains)))
                .toList();
        if (fits.isEmpty()) {
          continue;
        }
        if (fits.size() == 1) {
          out.add(
              new Mention(fits.get(0), b, t, "name", 0.8)); // the topic only, not the verb after it
        }
        break; // the longest topic a name holds: no shorter guess
      }
    }
  }

  private static boolean covered(List<Mention> out, int at) {
    return out.stream().anyMatch(x -> x.begin() <= at && at < x.end());
  }
}
