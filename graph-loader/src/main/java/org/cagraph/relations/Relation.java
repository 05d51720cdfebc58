package org.cagraph.relations;

import java.util.List;

/**
 * One relationship per (subject, predicate, object, role), with all its evidence and its {@link
 * Periods.Timeline}: {@code since} and {@code until} are the outer bounds of its periods.
 */
public record Relation(
    String subject,
    String predicate,
    String object,
    String role,
    String date,
    List<String> dates,
    String since,
    String until,
    double confidence,
    List<String> rules,
    List<Citation> citations,
    Periods.Timeline timeline) {}
