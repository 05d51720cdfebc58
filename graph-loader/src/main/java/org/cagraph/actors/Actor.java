package org.cagraph.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cagraph.nlp.Simplifier;

/**
 * A canonical actor: one node per real-world entity. {@code paper}, when set, is the one paper
 * whose text may link it (a discovered agreement its words describe: {@link Discovery#SCOPED}).
 */
public record Actor(
    String id,
    String label,
    String name,
    String nameZh,
    List<String> aliases,
    List<String> shortForms,
    String iso3,
    String partOf,
    boolean discovered,
    String paper)
    implements java.io.Serializable {

  /** An actor of every paper ({@link #paper} null). */
  public Actor(
      String id,
      String label,
      String name,
      String nameZh,
      List<String> aliases,
      List<String> shortForms,
      String iso3,
      String partOf,
      boolean discovered) {
    this(id, label, name, nameZh, aliases, shortForms, iso3, partOf, discovered, null);
  }

  /**
   * Whether the actor may be linked in the paper {@code docId}: every actor but one discovery
   * scoped to another paper ({@link #paper}: an agreement its words describe, which the same words
   * in another paper may not be).
   */
  public boolean inPaper(String docId) {
    return paper == null || docId == null || paper.equals(docId) || paper.startsWith(docId + ":");
  }

  /**
   * Whether the actor may be linked in the sentence {@code sentenceId} ({@code docId:index}) of the
   * paper {@code docId}: one scoped to a sentence ({@link #paper} a sentence id, '@' and a begin: a
   * bare agreement word its sentence describes, 兩國簽署協定，將…) only there, where the same word
   * elsewhere in the paper may be another agreement.
   */
  public boolean inSentence(String docId, String sentenceId) {
    return paper == null || paper.equals(docId) || paper.startsWith(sentenceId + "@");
  }

  /**
   * The state this actor belongs to (a leader's, an organ's) when the gazetteer gives one and it is
   * a country, looked up through {@code byId}; else null.
   */
  public Actor country(java.util.function.Function<String, Actor> byId) {
    Actor p = partOf == null ? null : byId.apply(partOf);
    return p != null && p.label().equals("Country") ? p : null;
  }

  public static final List<String> LABELS =
      List.of(
          "Country",
          "Organization",
          "Person",
          "Agreement",
          "Initiative",
          "Facility",
          "Place",
          "Group",
          "Company");

  /** Every surface form: English, Chinese in both scripts, aliases (the export's {@code names}). */
  public List<String> names() {
    Set<String> all = new LinkedHashSet<>();
    all.add(name);
    if (nameZh != null && !nameZh.isEmpty()) {
      all.add(nameZh);
      all.add(Simplifier.perChar(nameZh));
    }
    for (String a : aliases) {
      all.add(a);
      all.add(Simplifier.perChar(a));
    }
    return List.copyOf(all);
  }

  public String nameZhHans() {
    return nameZh == null ? null : Simplifier.forNlp(nameZh);
  }

  /** One capital letter per label, used in rule patterns' type masks. */
  public char typeCode() {
    return typeCode(label);
  }

  public static char typeCode(String label) {
    return switch (label) {
      case "Country" -> 'C';
      case "Organization" -> 'O';
      case "Person" -> 'P';
      case "Agreement" -> 'A';
      case "Initiative" -> 'I';
      case "Facility" -> 'F';
      case "Place" -> 'L';
      case "Group" -> 'G';
      case "Company" -> 'M';
      default -> throw new IllegalArgumentException("unknown label " + label);
    };
  }
}
