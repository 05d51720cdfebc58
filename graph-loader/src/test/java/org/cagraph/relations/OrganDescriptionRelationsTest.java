package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relations read with actors a sentence names by a description (an organ by its kind, a bare title
 * of an organ's head, a similar agreement), on sentences written for these tests.
 */
class OrganDescriptionRelationsTest {
  @TempDir Path dir;

  @Test
  void aBareSecretaryGeneralAfterTheSecretariatHeadsTheOrganisation() throws Exception {
    List<Statement> st = Sentences.extract(dir, "上海合作組織秘書處在北京開始工作，由阿利莫夫出任第二任秘書長。");
    assertTrue(Sentences.facts(st).contains("rashid_alimov HEAD_OF sco"), st.toString());
    // near miss: a deputy secretary-general heads nothing
    st = Sentences.extract(dir, "上海合作組織秘書處在北京開始工作，由阿利莫夫出任副秘書長。");
    assertFalse(Sentences.facts(st).contains("rashid_alimov HEAD_OF sco"), st.toString());
  }

  @Test
  void aSimilarAgreementBetweenTheClausesPartiesIsSigned() throws Exception {
    List<Statement> st = Sentences.extract(dir, "欧盟与哈萨克斯坦的加强伙伴关系与合作协定早已生效。吉尔吉斯斯坦与欧盟去年签署了同类协定。");
    assertTrue(Sentences.facts(st).contains("kyrgyzstan SIGNED eu_kyrgyzstan_epca"), st.toString());
  }
}
