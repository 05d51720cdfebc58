package org.cagraph.api.support;

import java.util.List;

/** An unknown id: answered 404 with up to five name suggestions. */
public class NotFound extends RuntimeException {
  private final List<String> suggestions;

  public NotFound(String message, List<String> suggestions) {
    super(message);
    this.suggestions = suggestions;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
