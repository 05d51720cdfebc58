package org.cagraph.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageTest {
  @Test
  void defaultsAndLimits() {
    assertThat(Page.of(null, null, 500)).isEqualTo(new Page(0, 50));
    assertThat(Page.of(null, null, 10)).isEqualTo(new Page(0, 10));
    assertThat(Page.of(3, 20, 500).skip()).isEqualTo(60);
    assertThat(Page.of(2, 7, 500).describe(15))
        .containsEntry("pages", 3L)
        .containsEntry("next", null);
    assertThatThrownBy(() -> Page.of(-1, 10, 500)).hasFieldOrPropertyWithValue("parameter", "page");
    assertThatThrownBy(() -> Page.of(0, 501, 500)).hasFieldOrPropertyWithValue("parameter", "size");
    assertThatThrownBy(() -> Page.of(Integer.MAX_VALUE, 500, 500))
        .hasFieldOrPropertyWithValue("parameter", "page");
  }

  @Test
  void nextIsThisRequestWithTheNextPage() {
    MockHttpServletRequest get =
        new MockHttpServletRequest("GET", "/api/actors/kazakhstan/relations");
    get.setQueryString("type=MEMBER_OF&size=7&q=%E5%93%88");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(get));
    try {
      assertThat(Page.of(0, 7, 500).describe(15))
          .containsEntry(
              "next", "/api/actors/kazakhstan/relations?type=MEMBER_OF&size=7&q=%E5%93%88&page=1");
      assertThat(Page.of(1, 7, 500).describe(true))
          .containsEntry(
              "next", "/api/actors/kazakhstan/relations?type=MEMBER_OF&size=7&q=%E5%93%88&page=2");
      assertThat(Page.of(1, 7, 500).describe(false))
          .containsEntry("next", null)
          .doesNotContainKey("total");
      assertThat(Page.of(1, 7, 500).describe(14)).containsEntry("next", null);
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  @Test
  void typesComeOnlyFromTheAllowList() {
    assertThat(RelationTypes.list("types", "MEMBER_OF, SIGNED"))
        .containsExactly("MEMBER_OF", "SIGNED");
    assertThat(RelationTypes.list("types", null)).isNull();
    assertThatThrownBy(() -> RelationTypes.one("type", "MENTIONS"))
        .hasFieldOrPropertyWithValue("parameter", "type");
    assertThatThrownBy(() -> RelationTypes.list("types", "SIGNED,`x`"))
        .hasFieldOrPropertyWithValue("parameter", "types");
  }
}
