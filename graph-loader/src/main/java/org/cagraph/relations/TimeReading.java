package org.cagraph.relations;

/**
 * What one sentence says about when a relation held: it began ({@code start}), ended ({@code end}),
 * held at a dated moment during it ({@code event}: a summit, a visit, rent paid, a re-election), or
 * held at the time of writing ({@code observed}: 目前, 至今, currently, resolved to the document's
 * date). {@code date} is ISO and as precise as the text (1992, 1992-05, 1992-05-15); null when the
 * text gives none that can be resolved.
 */
public record TimeReading(String kind, String date) implements java.io.Serializable {
  public static final String START = "start";
  public static final String END = "end";
  public static final String EVENT = "event";
  public static final String OBSERVED = "observed";
}
