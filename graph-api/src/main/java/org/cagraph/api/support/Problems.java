package org.cagraph.api.support;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors as RFC 7807 problem details; never a stack trace. */
@RestControllerAdvice
public class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setTitle("Not found");
    p.setProperty("suggestions", e.suggestions());
    return p;
  }

  @ExceptionHandler(BadParameter.class)
  ProblemDetail bad(BadParameter e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Bad parameter");
    p.setProperty("parameter", e.parameter());
    return p;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    return bad(new BadParameter(e.getName(), e.getName() + ": '" + e.getValue() + "' is not a valid value"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    return bad(new BadParameter(e.getParameterName(), e.getParameterName() + " is required"));
  }

  @ExceptionHandler(ServiceUnavailableException.class)
  ProblemDetail unavailable(ServiceUnavailableException e) {
    LOG.warn("Neo4j unavailable: {}", e.getMessage());
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "the graph database is not reachable");
    p.setTitle("Graph unavailable");
    return p;
  }

  @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
  ProblemDetail noResource(org.springframework.web.servlet.resource.NoResourceFoundException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such resource: /" + e.getResourcePath());
    p.setTitle("Not found");
    return p;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    LOG.error("unexpected failure", e);
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "the request could not be answered");
    p.setTitle("Internal error");
    return p;
  }

  @ExceptionHandler(ClientException.class)
  ProblemDetail client(ClientException e) {
    LOG.warn("query failed: {}", e.getMessage());
    boolean timeout = String.valueOf(e.code()).contains("Timeout") || String.valueOf(e.getMessage()).contains("timeout");
    ProblemDetail p = ProblemDetail.forStatusAndDetail(timeout ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST,
        timeout ? "the query took too long and was stopped" : "the query could not be answered");
    p.setTitle(timeout ? "Query timeout" : "Query failed");
    return p;
  }
}
