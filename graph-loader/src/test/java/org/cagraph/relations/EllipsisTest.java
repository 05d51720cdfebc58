package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English clause that repeats the clause before it for another actor ({@link Ellipsis}): the
 * actor of "and Iran followed", "followed by Kyrgyzstan", "as did Azerbaijan", "and so did
 * Belarus", "did the same" takes the relation's subject's place; a negated or planned repetition, a
 * transitive "followed", an actor of another type and a relation that is only planned are near
 * misses.
 */
class EllipsisTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theEllipticClauseRepeatsTheRelationForItsActor() throws Exception {
    for (String[] c :
        List.of(
            new String[] {
              "India joined the SCO in 2017, and Iran followed in 2023.", "iran MEMBER_OF sco"
            },
            new String[] {
              "Armenia joined the Eurasian Economic Union in January 2015, followed by Kyrgyzstan in August.",
              "kyrgyzstan MEMBER_OF eaeu"
            },
            new String[] {
              "Uzbekistan left the CSTO in 2012, as did Azerbaijan.",
              "azerbaijan WITHDREW_FROM csto"
            },
            new String[] {
              "Russia imposed sanctions on Georgia in 2006, and Belarus soon did the same.",
              "belarus SANCTIONS georgia"
            },
            new String[] {
              "Kyrgyzstan joined the WTO in 1998, and Tajikistan followed suit in 2013.",
              "tajikistan MEMBER_OF wto"
            })) {
      List<String> f = facts(c[0]);
      assertTrue(f.contains(c[1]), c[0] + " " + f);
    }
  }

  @Test
  void aNegatedOrPlannedRepetitionATransitiveFollowedOrAnotherKindOfActorReadsNothing()
      throws Exception {
    List<String> f = facts("Tajikistan joined the CSTO in 1992, but Turkmenistan never followed.");
    assertFalse(f.contains("turkmenistan MEMBER_OF csto"), f.toString());
    f = facts("Tajikistan joined the CSTO in 1992, and Turkmenistan is expected to follow.");
    assertFalse(f.contains("turkmenistan MEMBER_OF csto"), f.toString());
    f = facts("Kazakhstan joined the SCO in 2001, and Turkmenistan followed the talks closely.");
    assertFalse(f.contains("turkmenistan MEMBER_OF sco"), f.toString());
    f =
        facts(
            "Russia opened a base in Kyrgyzstan in 2003, followed by a visit from Vladimir Putin.");
    assertFalse(f.stream().anyMatch(x -> x.startsWith("vladimir_putin")), f.toString());
    f = facts("Uzbekistan may join the EAEU, as did Armenia in 2015.");
    assertFalse(f.contains("armenia MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void aGappedChineseOrRussianClauseRepeatsTheRelationForItsActor() throws Exception {
    for (String[] c :
        List.of(
            new String[] {"伊朗於2023年7月成為上合組織正式成員，白俄羅斯則於一年後加入。", "belarus MEMBER_OF sco"},
            new String[] {"伊朗于2023年7月成为上合组织正式成员，白俄罗斯则于一年后加入。", "belarus MEMBER_OF sco"},
            new String[] {"烏茲別克於2006年重返集安組織，亞美尼亞亦然。", "armenia MEMBER_OF csto"},
            new String[] {"烏茲別克於2006年重返集安組織，吉爾吉斯隨後也加入了。", "kyrgyzstan MEMBER_OF csto"},
            new String[] {
              "Иран стал полноправным членом ШОС в июле 2023 года, а Белоруссия — годом позже.",
              "belarus MEMBER_OF sco"
            },
            new String[] {
              "Иран вступил в ШОС в 2023 году, а Белоруссия — в 2024-м.", "belarus MEMBER_OF sco"
            })) {
      List<String> f = facts(c[0]);
      assertTrue(f.contains(c[1]), c[0] + " " + f);
    }
  }

  @Test
  void aGappedEnglishClauseWithItsSubjectAndATimeRepeatsTheRelation() throws Exception {
    for (String[] c :
        List.of(
            new String[] {
              "India joined the SCO in 2017, Iran in 2023 and Belarus in 2024.",
              "iran MEMBER_OF sco",
              "belarus MEMBER_OF sco"
            },
            new String[] {
              "Georgia left the CIS in 2009 and Ukraine in 2018.",
              "georgia WITHDREW_FROM cis",
              "ukraine WITHDREW_FROM cis"
            },
            new String[] {
              "Kazakhstan joined the SCO in 2001 and Armenia the CSTO in 1994.",
              "kazakhstan MEMBER_OF sco",
              "armenia MEMBER_OF csto"
            })) {
      List<String> f = facts(c[0]);
      assertTrue(f.contains(c[1]) && f.contains(c[2]), c[0] + " " + f);
    }
    List<Statement> st =
        Sentences.extract(dir, "Georgia left the CIS in 2009 and Ukraine in 2018.");
    assertTrue(
        st.stream().anyMatch(x -> x.subject().equals("ukraine") && "2018".equals(x.date())),
        st.toString());
  }

  @Test
  void aGappedEnglishClauseWithAVerbOfItsOwnOrBetweenTwoStatesReadsNothing() throws Exception {
    List<String> f =
        facts("Armenia joined the EAEU in 2015 and Kyrgyzstan signed a deal in August.");
    assertFalse(f.contains("kyrgyzstan MEMBER_OF eaeu"), f.toString());
    f = facts("Armenia joined the EAEU in 2015 and Kyrgyzstan in August did not.");
    assertFalse(f.contains("kyrgyzstan MEMBER_OF eaeu"), f.toString());
    // either end may be the gapped one when both are states: in Kyrgyzstan, not Kyrgyzstan's troops
    f = facts("Russia stationed troops in Tajikistan in 2003 and Kyrgyzstan in 2005.");
    assertFalse(f.contains("kyrgyzstan HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void theGappedClauseKeepsItsOwnYear() throws Exception {
    List<Statement> st =
        Sentences.extract(dir, "Иран вступил в ШОС в 2023 году, а Белоруссия — в 2024-м.");
    assertTrue(
        st.stream()
            .anyMatch(
                x ->
                    x.subject().equals("belarus")
                        && x.object().equals("sco")
                        && "2024".equals(x.date())),
        st.toString());
  }

  @Test
  void aNegatedPlannedOrOwnObjectGappedClauseReadsNothing() throws Exception {
    for (String t :
        List.of(
            "伊朗於2023年7月成為上合組織正式成員，白俄羅斯則尚未加入。",
            "伊朗於2023年7月成為上合組織正式成員，白俄羅斯則計劃於明年加入。",
            "伊朗於2023年7月成為上合組織正式成員，白俄羅斯則加入了歐亞經濟聯盟。",
            "Иран стал полноправным членом ШОС в июле 2023 года, а Белоруссия — нет.",
            "伊朗於2023年7月成為上合組織正式成員，白俄羅斯則於一年後退出。",
            "伊朗於2023年7月成為上合組織正式成員，白俄羅斯則可能於明年跟進。")) {
      List<String> f = facts(t);
      assertFalse(f.contains("belarus MEMBER_OF sco"), t + " " + f);
    }
  }

  @Test
  void aGappedRussianClauseWithItsTimeFirstStandsForTheEndOfItsKind() throws Exception {
    // the time before the dash, the actor after it; the body named first (членом ЕАЭС стала
    // Армения): the gapped state stands for the state, wherever the clause put it
    List<Statement> st =
        Sentences.extract(
            dir, "Наблюдателем ШОС в 2012 году стал Афганистан, а в 2015 году — Непал.");
    List<String> f = Sentences.facts(st);
    assertTrue(f.contains("nepal MEMBER_OF sco"), f.toString());
    assertTrue(
        st.stream()
            .anyMatch(
                x ->
                    x.subject().equals("nepal")
                        && x.object().equals("sco")
                        && "2015".equals(x.date())),
        st.toString());
    f = facts("Членом ВТО Таджикистан стал в 2013 году, а через год — Афганистан.");
    assertTrue(f.contains("afghanistan MEMBER_OF wto"), f.toString());
    // no actor after the dash, or a preposition before it: another clause
    for (String t :
        List.of(
            "Членом ВТО Таджикистан стал в 2013 году, а через год — нет.",
            "Членом ВТО Таджикистан стал в 2013 году, а в 2016 году — в ОДКБ.")) {
      f = facts(t);
      assertFalse(f.stream().anyMatch(x -> x.startsWith("afghanistan")), t + " " + f);
      assertFalse(f.contains("tajikistan MEMBER_OF csto"), t + " " + f);
    }
  }

  @Test
  void aGappedRussianClauseWithAnActorOfItsOwnTakesTheOtherEndsPlace() throws Exception {
    for (String[] c :
        List.of(
            new String[] {
              "Россия держит войска в Таджикистане, а США — в Киргизии.",
              "united_states HAS_MILITARY_PRESENCE_IN kyrgyzstan"
            },
            new String[] {
              "Россия ввела санкции против Грузии, а ЕС — против России.", "eu SANCTIONS russia"
            },
            new String[] {
              "Путин возглавляет Россию, а Мирзиёев — Узбекистан.",
              "shavkat_mirziyoyev HEAD_OF uzbekistan"
            },
            new String[] {
              "Китай граничит с Киргизией, Иран — с Туркменистаном, а Афганистан — с Таджикистаном.",
              "afghanistan BORDERS tajikistan"
            },
            new String[] {
              "Грузия вступила в ВТО в 2000 году, Армения — в 2003 году, а Россия — в 2012 году.",
              "armenia MEMBER_OF wto"
            },
            new String[] {
              "Грузия вступила в ВТО в 2000 году, Армения же — в 2003 году.",
              "armenia MEMBER_OF wto"
            })) {
      List<String> f = facts(c[0]);
      assertTrue(f.contains(c[1]), c[0] + " " + f);
    }
  }

  @Test
  void aLastGappedRussianClauseWithOnlyItsTimeNeedsNoA() throws Exception {
    List<String> f = facts("Грузия вступила в ВТО в 2000 году, Армения — в 2003 году.");
    assertTrue(f.contains("armenia MEMBER_OF wto"), f.toString());
    // near miss: a clause going on after it is no gapped clause of the first
    f = facts("Грузия вступила в ВТО в 2000 году, Армения — в 2003 году подала заявку.");
    assertFalse(f.contains("armenia MEMBER_OF wto"), f.toString());
  }

  @Test
  void aGappedRussianClauseAfterACommaIsNoItemOfTheListBeforeIt() throws Exception {
    // Китай — с Киргизией opens a clause: China borders Kyrgyzstan, not Russia
    List<String> f = facts("Россия граничит с Казахстаном, Китай — с Киргизией.");
    assertFalse(f.contains("china BORDERS russia"), f.toString());
    assertTrue(f.contains("kazakhstan BORDERS russia"), f.toString());
    // a gapped clause naming its own body after "только" takes that body
    f = facts("Киргизия входит в ЕАЭС и ОДКБ, а Узбекистан — только в СНГ.");
    assertTrue(f.contains("uzbekistan MEMBER_OF cis"), f.toString());
    assertFalse(f.contains("uzbekistan MEMBER_OF csto"), f.toString());
    // a list that a dash closes, a noun after it, stays one list
    f = facts("Россия, Китай — члены ШОС.");
    assertTrue(f.contains("china MEMBER_OF sco"), f.toString());
  }

  @Test
  void aGappedRussianActorAfterAnotherPrepositionOrWithoutAOrNegatedReadsNothing()
      throws Exception {
    // another preposition than the other end's: no presence "с Казахстаном"
    List<String> f = facts("Россия держит войска в Таджикистане, а США — с Казахстаном.");
    assertFalse(f.contains("united_states HAS_MILITARY_PRESENCE_IN kazakhstan"), f.toString());
    // no "а", no "же" and no later gapped clause: a comma and a dash are no gapped clause
    f = facts("Россия держит войска в Таджикистане, США — в Киргизии.");
    assertFalse(f.contains("united_states HAS_MILITARY_PRESENCE_IN kyrgyzstan"), f.toString());
    // the gapped clause's own agreement is no second signer of the first (ru_signed_gapped)
    f =
        facts(
            "Россия подписала Договор о коллективной безопасности, а Туркмения — Договор о Евразийском экономическом союзе.");
    assertFalse(f.contains("turkmenistan SIGNED collective_security_treaty"), f.toString());
    f = facts("Армения граничит с Ираном, а Азербайджан — нет.");
    assertFalse(f.contains("azerbaijan BORDERS iran"), f.toString());
  }

  @Test
  void aGappedObjectOfTheSecondEndsKindStandsForThatEnd() throws Exception {
    // Kazakhstan joined the SCO in 2001 and the WTO in 2015: the WTO is joined too, in 2015; two
    // states (either could be the gapped end) and a negated first clause read nothing
    List<String> f =
        facts(
            "Kazakhstan joined the Shanghai Cooperation Organisation in 2001 and the WTO in 2015.");
    assertTrue(f.contains("kazakhstan MEMBER_OF wto"), f.toString());
    f = facts("Russia stationed troops in Tajikistan in 2004 and Kyrgyzstan in 2003.");
    assertFalse(f.contains("kyrgyzstan HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    f =
        facts(
            "Turkmenistan never joined the Shanghai Cooperation Organisation in 2001 and the WTO in 2015.");
    assertFalse(f.contains("turkmenistan MEMBER_OF wto"), f.toString());
  }

  @Test
  void aPassiveAdmissionSaidAgainWithNoObjectIsReadForTheSecondActor() throws Exception {
    List<String> f =
        facts(
            "Iran was admitted to the Shanghai Cooperation Organization in 2023, and Belarus was"
                + " admitted a year later.");
    assertTrue(f.contains("belarus MEMBER_OF sco"), f.toString());
    // negated, or with a companion of its own (joined with), it is no repetition
    assertFalse(
        facts("Iran was admitted to the SCO in 2023, but Belarus was not admitted then.")
            .contains("belarus MEMBER_OF sco"));
    assertFalse(
        facts("Russia sent troops to Kazakhstan in 2022, and Belarus joined with a contingent.")
            .contains("belarus HAS_MILITARY_PRESENCE_IN kazakhstan"));
  }

  @Test
  void aTitledPersonAfterTheMarkerSignsAsThePersonBeforeDid() throws Exception {
    // the state's adjective, a title and the person after "as did": the person stands for a
    // person's end; the title before the marker is no predicate the elided clause repeats
    List<String> f =
        facts(
            "Kyrgyz President Sadyr Japarov signed the Collective Security Treaty in 2002, as did"
                + " Tajik President Emomali Rahmon.");
    assertTrue(f.contains("emomali_rahmon SIGNED collective_security_treaty"), f.toString());
    assertFalse(f.contains("sadyr_japarov HEAD_OF tajikistan"), f.toString());
  }

  @Test
  void anAsDidRepeatsNoHeadReadAnyWay() throws Exception {
    // a head read by an apposition, not a title, is no predicate "as did" repeats either
    List<String> f =
        facts(
            "Sadyr Japarov, the president of Kyrgyzstan, signed the Collective Security Treaty,"
                + " as did Tajik President Emomali Rahmon.");
    assertTrue(f.contains("sadyr_japarov HEAD_OF kyrgyzstan"), f.toString());
    assertTrue(f.contains("emomali_rahmon SIGNED collective_security_treaty"), f.toString());
    assertFalse(f.contains("emomali_rahmon HEAD_OF kyrgyzstan"), f.toString());
  }
}
