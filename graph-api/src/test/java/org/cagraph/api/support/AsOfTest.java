package org.cagraph.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** asOf padded as the loader pads period bounds (graph-loader's Periods.low and high). */
class AsOfTest {

  @Test
  void aYearAMonthAndADayCoverTheirFirstToLastDay() {
    assertThat(AsOf.parse("asOf", "2005")).isEqualTo(new AsOf("2005-01-01", "2005-12-31"));
    assertThat(AsOf.parse("asOf", "2005-06")).isEqualTo(new AsOf("2005-06-01", "2005-06-31"));
    assertThat(AsOf.parse("asOf", "2005-06-15")).isEqualTo(new AsOf("2005-06-15", "2005-06-15"));
    assertThat(AsOf.parse("asOf", "2024-02-29")).isEqualTo(new AsOf("2024-02-29", "2024-02-29"));
    assertThat(AsOf.parse("asOf", null)).isNull();
  }

  @Test
  void malformedOrImpossibleDatesAreBadParameters() {
    for (String bad :
        new String[] {
          "",
          "yesterday",
          "05",
          "20051",
          "2005-6",
          "2005-13",
          "2005-00",
          "2005-02-30",
          "2023-02-29",
          "2005-06-15T00:00",
          " 2005",
          "2005/06"
        }) {
      assertThatThrownBy(() -> AsOf.parse("asOf", bad))
          .as(bad)
          .isInstanceOf(BadParameter.class)
          .extracting(e -> ((BadParameter) e).parameter())
          .isEqualTo("asOf");
    }
  }
}
