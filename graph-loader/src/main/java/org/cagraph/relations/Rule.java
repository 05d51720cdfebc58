package org.cagraph.relations;

import java.util.regex.Pattern;

/**
 * One pattern of a rules file. Written in either script (converted to the Simplified matching
 * view): {@code S:CO ~10 (加入|加盟) ~4 O:O}. Slots: {@code S:}, {@code O:} (subject, object) or {@code
 * P:} (every pair of a coordinated group, for symmetric types) with type letters or {@code *};
 * {@code S:=P} accepts a group of only those types; {@code X:*} is an actor that is not captured;
 * {@code ~N} a gap of up to N chars inside a clause with no other actor; {@code ~^N} one that
 * crosses commas but no actor; {@code O:@home} makes the object the subject's own state (its
 * gazetteer {@code partOf}), for titles such as 現任總統拉赫莫諾夫; {@code S:@named} makes the subjects the
 * parties an event is named by (data/rules/named-participants.tsv: the Russia–Central Asia summit
 * convened, Russia takes part); {@code ~~N} a gap inside the clause that may cross actors; {@code
 * ~~~N} one that may also cross commas; {@code <role:觀察員|對話夥伴>} captures a role; anything else is a
 * literal or a parenthesised alternation. {@code trigger}: the pattern names its trigger (group
 * {@code T}), in whose clause negation, modality, claims and endings are read. {@code
 * triggerWords}: the trigger alone (null when the pattern names none); the pattern cannot match a
 * sentence without it, so a sentence lacking it is not searched. {@code everyObject}: the object
 * slot is written {@code O+:}; the rule reads every object its match reaches from one start (the
 * last, then each one before it: the match is tried again ending before the object it read), where
 * a plain rule reads one. {@code ownPlace}: the pattern holds the token {@code @own}; each object
 * must be the place the gazetteer puts its subject in ({@code partOf}): 吉爾吉斯的馬納斯空軍基地 reads the base
 * in Kyrgyzstan, 俄羅斯的坎特空軍基地 (the owner's) reads nothing.
 */
record Rule(
    String predicate,
    String name,
    double confidence,
    String role,
    Pattern pattern,
    String source,
    boolean pair,
    boolean reverse,
    java.util.Map<Character, String> slotTypes,
    boolean homeObject,
    boolean namedSubject,
    boolean trigger,
    TriggerWords triggerWords,
    boolean everyObject,
    boolean ownPlace) {

  /**
   * Whether the sentence's actors can fill every slot: each slot needs an actor of one of its types
   * somewhere in the sentence ({@code present}, indexed by type code), so a sentence without one is
   * not searched (a rule for agreements in a sentence naming none).
   */
  boolean slotsFillable(boolean[] present) {
    for (String types : slotTypes.values()) {
      if (types.equals("*")) {
        continue;
      }
      boolean any = false;
      for (int i = 0; i < types.length() && !any; i++) {
        char c = types.charAt(i);
        any = c < present.length && present[c];
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** Whether an actor of this type code may fill the slot (S, O or P). */
  boolean accepts(char slot, char typeCode) {
    String t = slotTypes.get(slot);
    return t == null || t.equals("*") || t.indexOf(typeCode) >= 0;
  }
}
