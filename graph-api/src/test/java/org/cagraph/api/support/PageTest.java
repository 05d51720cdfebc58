package org.cagraph.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTest {
  @Test
  void defaultsAndLimits() {
    assertThat(Page.of(null, null, 500)).isEqualTo(new Page(0, 50));
    assertThat(Page.of(null, null, 10)).isEqualTo(new Page(0, 10));
    assertThat(Page.of(3, 20, 500).skip()).isEqualTo(60);
    assertThat(Page.of(0, 7, 500).describe(15)).containsEntry("pages", 3L);
    assertThatThrownBy(() -> Page.of(-1, 10, 500)).hasFieldOrPropertyWithValue("parameter", "page");
    assertThatThrownBy(() -> Page.of(0, 501, 500)).hasFieldOrPropertyWithValue("parameter", "size");
    assertThatThrownBy(() -> Page.of(Integer.MAX_VALUE, 500, 500)).hasFieldOrPropertyWithValue("parameter", "page");
  }

  @Test
  void typesComeOnlyFromTheAllowList() {
    assertThat(RelationTypes.list("types", "MEMBER_OF, SIGNED")).containsExactly("MEMBER_OF", "SIGNED");
    assertThat(RelationTypes.list("types", null)).isNull();
    assertThatThrownBy(() -> RelationTypes.one("type", "MENTIONS")).hasFieldOrPropertyWithValue("parameter", "type");
    assertThatThrownBy(() -> RelationTypes.list("types", "SIGNED,`x`")).hasFieldOrPropertyWithValue("parameter", "types");
  }
}
