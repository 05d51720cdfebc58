package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Discovery;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.Simplifier;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import org.cagraph.text.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Agreements and events a text names that the gazetteer lacks, and the document's later references
 * to them by their kind (the declaration, в учениях, на форуме), read as {@code kg extract} reads
 * them: discovery over the paper, then linking with what was discovered, then the rules (no
 * CoreNLP). Sentences written for the test.
 */
class NamedEventsTest {
  private static final Gazetteer G = Gazetteer.load();
  private static final RuleSet RULES = RuleSet.load();

  /** The facts read from {@code text} (one paragraph per line), as "subject PREDICATE object". */
  static List<String> facts(String text) {
    List<Sentence> sentences =
        Paper.of(
                new SourceDocument(
                    "p_0000000000000001", Path.of("p.txt"), text, "txt", "0", List.of(0)))
            .sentences();
    List<List<Mention>> first = new Linker(G).link(sentences);
    Discovery d = new Discovery(G);
    for (int i = 0; i < sentences.size(); i++) {
      String t = sentences.get(i).text();
      d.observe(
          new AnnotatedSentence(sentences.get(i), Simplifier.forNlp(t), List.of(), List.of()),
          first.get(i));
    }
    List<Actor> found = d.actors();
    Gazetteer g = G.with(found);
    List<List<Mention>> mentions = new Linker(g).link(sentences);
    RuleEngine engine = new RuleEngine(RULES, g::get);
    RuleEngine.PaperState state = new RuleEngine.PaperState(null);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Statement s : engine.extract(sentences.get(i), mentions.get(i), state)) {
        if (s.asserted()) {
          out.add(s.subject() + " " + s.predicate() + " " + s.object());
        }
      }
    }
    return out;
  }

  @Test
  void aRussianDeclarationNamedByItsCityIsSignedWhereABareDeclarationFollows() {
    List<String> f =
        facts(
            "В мае лидеры Казахстана и Киргизии собрались в Оше и приняли Ошскую декларацию о воде. "
                + "Позднее Узбекистан также подписал декларацию.\n");
    assertTrue(f.contains("uzbekistan SIGNED oshskaya_deklaratsiya"), f.toString());
  }

  @Test
  void aBareDeclarationWithATopicOfItsOwnIsANewOne() {
    List<String> f =
        facts(
            "В мае лидеры Казахстана и Киргизии собрались в Оше и приняли Ошскую декларацию о воде. "
                + "Позднее Узбекистан подписал декларацию о транзите с Туркменией.\n");
    assertFalse(f.contains("uzbekistan SIGNED oshskaya_deklaratsiya"), f.toString());
  }

  @Test
  void aQuotedForumKeepsItsKindAndABareForumLaterIsIt() {
    List<String> f =
        facts(
            "В октябре в Ташкенте открылся форум «Ферганская долина — 2030».\n"
                + "В форуме приняли участие Таджикистан и Киргизия.\n");
    assertTrue(
        f.contains("tajikistan PARTICIPATES_IN ferganskaya_dolina_2030_forum"), f.toString());
  }

  @Test
  void aBareForumAfterAnAdjectiveIsAnotherOne() {
    List<String> f =
        facts(
            "В октябре в Ташкенте открылся форум «Ферганская долина — 2030».\n"
                + "В молодёжном форуме приняли участие Таджикистан и Киргизия.\n");
    assertFalse(
        f.contains("tajikistan PARTICIPATES_IN ferganskaya_dolina_2030_forum"), f.toString());
  }

  @Test
  void aBareAgreementAJoiningVerbTakesIsTheParagraphsAgreementOfThatKind() {
    List<String> f =
        facts(
            "Ашхабадское соглашение о транспортном коридоре подписали Иран и Оман. "
                + "Позднее к соглашению присоединился Казахстан.\n");
    assertTrue(f.contains("kazakhstan SIGNED ashgabat_agreement"), f.toString());
    List<String> ratified =
        facts(
            "Армения и Россия подписали Договор о коллективной безопасности в Ташкенте. "
                + "Через год Белоруссия ратифицировала договор.\n");
    assertTrue(ratified.contains("belarus SIGNED collective_security_treaty"), ratified.toString());
  }

  @Test
  void aBareAgreementIsNoneWhenTwoOfThatKindWereNamedOrItHasATopicOfItsOwn() {
    List<String> two =
        facts(
            "Ашхабадское соглашение и Нахичеванское соглашение обсуждались в Баку. "
                + "Позднее к соглашению присоединился Казахстан.\n");
    assertFalse(two.stream().anyMatch(x -> x.startsWith("kazakhstan SIGNED")), two.toString());
    List<String> own =
        facts(
            "Ашхабадское соглашение о транспортном коридоре подписали Иран и Оман. "
                + "Позднее Казахстан ратифицировал соглашение с Китаем.\n");
    assertFalse(own.contains("kazakhstan SIGNED ashgabat_agreement"), own.toString());
    List<String> none =
        facts(
            "Иран и Оман обсудили транспортный коридор. Позднее к соглашению присоединился Казахстан.\n");
    assertFalse(none.stream().anyMatch(x -> x.startsWith("kazakhstan SIGNED")), none.toString());
  }

  @Test
  void theDocumentIsTheAgreementNamedBefore() {
    List<String> f =
        facts(
            "Iran and Oman signed the Ashgabat Agreement in 2011. "
                + "Kazakhstan acceded to the document in 2015.\n");
    assertTrue(f.contains("kazakhstan SIGNED ashgabat_agreement"), f.toString());
    List<String> none =
        facts(
            "Iran and Oman discussed a corridor in 2011. Kazakhstan acceded to the document in 2015.\n");
    assertFalse(none.stream().anyMatch(x -> x.startsWith("kazakhstan SIGNED")), none.toString());
  }

  @Test
  void anEditionIsTheRecurringEventNamedBefore() {
    List<String> f =
        facts(
            "Kazakhstan hosts the Steppe Eagle exercise every summer. "
                + "India and Japan took part in the 2023 edition.\n");
    assertTrue(f.contains("india PARTICIPATES_IN steppe_eagle"), f.toString());
    // near misses: an edition to come, an edition of something else named after it
    List<String> next =
        facts(
            "Kazakhstan hosts the Steppe Eagle exercise every summer. "
                + "India and Japan may take part in the next edition.\n");
    assertFalse(next.contains("india PARTICIPATES_IN steppe_eagle"), next.toString());
    List<String> other =
        facts(
            "Kazakhstan hosts the Steppe Eagle exercise every summer. "
                + "India and Japan took part in the 2023 edition of a film festival.\n");
    assertFalse(other.contains("india PARTICIPATES_IN steppe_eagle"), other.toString());
  }

  @Test
  void aBareSummitAfterABlocsSummitInACityIsThatMeeting() {
    List<String> f =
        facts(
            "В июне на саммите ОДКБ в Минске обсуждали границу. "
                + "Позднее в саммите принял участие Казахстан.\n");
    assertTrue(
        f.stream()
            .anyMatch(x -> x.startsWith("kazakhstan PARTICIPATES_IN ") && x.contains("minsk")),
        f.toString());
  }

  @Test
  void aQuotedExerciseKeepsItsKindAndTheBareExerciseTwoSentencesLaterIsIt() {
    List<String> f =
        facts(
            "В августе Россия провела учения «Горный рубеж-2025» на юге Таджикистана. "
                + "Манёвры продлились неделю. "
                + "В учениях также участвовали военнослужащие Киргизии.\n");
    assertTrue(f.contains("kyrgyzstan PARTICIPATES_IN gornyy_rubezh_2025_ucheniya"), f.toString());
  }

  @Test
  void aBareExerciseWithNoExerciseNamedBeforeIsNone() {
    List<String> f =
        facts(
            "В августе Россия провела форум «Горный рубеж-2025» в Душанбе. "
                + "В учениях также участвовали военнослужащие Киргизии.\n");
    assertFalse(f.stream().anyMatch(x -> x.startsWith("kyrgyzstan PARTICIPATES_IN")), f.toString());
  }
}
