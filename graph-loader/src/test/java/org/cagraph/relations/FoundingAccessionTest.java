package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing an organisation's founding agreement makes a state a founding member of it
 * (founding-agreements.tsv); acceding to that agreement later makes it a member, not a founder.
 * Sentences written for the test.
 */
class FoundingAccessionTest {
  @TempDir Path dir;

  /** The roles of the asserted memberships of {@code subject} in {@code org}. */
  private static List<String> roles(List<Statement> st, String subject, String org) {
    return st.stream()
        .filter(
            s ->
                s.asserted()
                    && s.predicate().equals("MEMBER_OF")
                    && s.subject().equals(subject)
                    && s.object().equals(org))
        .map(Statement::role)
        .distinct()
        .toList();
  }

  @Test
  void signingTheFoundingTreatyFounds() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir,
            "Russia, Belarus and Kazakhstan signed the Treaty on the Eurasian Economic Union in"
                + " 2014.");
    assertEquals(List.of("founding"), roles(st, "belarus", "eaeu"), st.toString());
  }

  @Test
  void accedingToItLaterMakesAMemberInEveryLanguage() throws Exception {
    for (String s :
        List.of(
            "Armenia acceded to the Treaty on the Eurasian Economic Union in 2015.",
            "亞美尼亞於2015年加入《歐亞經濟聯盟條約》。",
            "В 2015 году Армения присоединилась к Договору о Евразийском экономическом союзе.")) {
      List<Statement> st = Sentences.extract(dir, s);
      assertEquals(List.of("member"), roles(st, "armenia", "eaeu"), s + " " + st);
    }
  }

  @Test
  void ratifyingItOrSigningAnAccessionTreatyMakesAMember() throws Exception {
    // a party ratifies long after the founding, and the treaty of a state's accession is no
    // founding treaty, though the linker takes its bare 'treaty' for the one the phrase names
    for (String[] c :
        new String[][] {
          {"Парламент Киргизии ратифицировал договор о ЕАЭС.", "kyrgyzstan"},
          {"Kyrgyzstan ratified the EAEU treaty in 2015.", "kyrgyzstan"},
          {"Армения подписала договор о присоединении к ЕАЭС в 2014 году.", "armenia"},
          {"Armenia signed the treaty on its accession to the EAEU.", "armenia"}
        }) {
      List<Statement> st = Sentences.extract(dir, c[0]);
      assertEquals(List.of("member"), roles(st, c[1], "eaeu"), c[0] + " " + st);
    }
  }

  @Test
  void signingTheFoundingTreatyOnItsOwnTermsStillFounds() throws Exception {
    String s = "Россия, Белоруссия и Казахстан подписали договор о ЕАЭС в 2014 году.";
    List<Statement> st = Sentences.extract(dir, s);
    assertEquals(List.of("founding"), roles(st, "belarus", "eaeu"), s + " " + st);
  }
}
