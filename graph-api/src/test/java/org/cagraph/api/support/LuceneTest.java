package org.cagraph.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuceneTest {
  @Test
  void operatorsAreEscaped() {
    assertThat(Lucene.escape("a:b (c) \"d\" *e? ~f"))
        .isEqualTo("a\\:b \\(c\\) \\\"d\\\" \\*e\\? \\~f");
    assertThat(Lucene.escape("x AND y OR NOT z")).isEqualTo("x \\AND y \\OR \\NOT z");
    assertThat(Lucene.escape("   ")).isEqualTo("\"\"");
    assertThat(Lucene.escape("哈薩克")).isEqualTo("哈薩克");
  }

  @Test
  void fuzzyAddsAnEditDistanceVariantOfPlainWordsOnly() {
    assertThat(Lucene.fuzzy("kazakstan")).isEqualTo("kazakstan kazakstan~");
    assertThat(Lucene.fuzzy("uzbek istan")).isEqualTo("uzbek uzbek~ istan istan~");
    assertThat(Lucene.fuzzy("a:b* OR x")).isEqualTo("a\\:b\\* \\OR x");
    assertThat(Lucene.fuzzy(" ")).isEqualTo("\"\"");
    assertThat(Lucene.fuzzy("a".repeat(Lucene.MAX_FUZZY))).endsWith("~");
    assertThat(Lucene.fuzzy("a".repeat(Lucene.MAX_FUZZY + 1))).doesNotContain("~");
  }
}
