package org.cagraph.api.support;

/** A parameter out of range: answered 400 naming it. */
public class BadParameter extends RuntimeException {
  private final String parameter;

  public BadParameter(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
