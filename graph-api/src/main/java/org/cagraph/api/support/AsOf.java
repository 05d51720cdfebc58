package org.cagraph.api.support;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An as-of date (YYYY, YYYY-MM or YYYY-MM-DD) as the first and last day it covers, padded the way
 * the loader pads a period's bounds ({@code periodFrom}/{@code periodTo}, issue 17), so that a
 * query compares text with text: a period holds at asOf when {@code periodFrom <= hi} and {@code
 * periodTo >= lo}. "2005" is 2005-01-01 to 2005-12-31; "2005-06" is 2005-06-01 to 2005-06-31 (a day
 * past a short month's end is harmless when compared as text, and it is the loader's padding).
 */
public record AsOf(String lo, String hi) {
  /**
   * The bounds of {@code value}, or null when absent; a malformed or impossible date is a bad
   * parameter.
   */
  public static AsOf parse(String parameter, String value) {
    if (value == null) {
      return null;
    }
    if (!valid(value)) {
      throw new BadParameter(parameter, parameter + " must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return switch (value.length()) {
      case 4 -> new AsOf(value + "-01-01", value + "-12-31");
      case 7 -> new AsOf(value + "-01", value + "-31");
      default -> new AsOf(value, value);
    };
  }

  private static boolean valid(String value) {
    if (value.matches("\\d{4}")) {
      return true;
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      int month = Integer.parseInt(value.substring(5));
      return month >= 1 && month <= 12;
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        LocalDate.of(
            Integer.parseInt(value.substring(0, 4)),
            Integer.parseInt(value.substring(5, 7)),
            Integer.parseInt(value.substring(8)));
        return true;
      } catch (DateTimeException e) {
        return false;
      }
    }
    return false;
  }
}
