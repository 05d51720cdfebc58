package org.cagraph.api.support;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors as RFC 7807 problem details; never a stack trace. First in line, before Spring's own
 * problem handler, so that a missing or mistyped parameter is answered with the {@code parameter}
 * property.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
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
    return bad(
        new BadParameter(
            e.getName(), e.getName() + ": '" + e.getValue() + "' is not a valid value"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    return bad(new BadParameter(e.getParameterName(), e.getParameterName() + " is required"));
  }

  @ExceptionHandler(ServiceUnavailableException.class)
  ProblemDetail unavailable(ServiceUnavailableException e) {
    LOG.warn("Neo4j unavailable: {}", e.getMessage());
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE, "the graph database is not reachable");
    p.setTitle("Graph unavailable");
    return p;
  }

  @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
  ProblemDetail noResource(org.springframework.web.servlet.resource.NoResourceFoundException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND, "no such resource: /" + e.getResourcePath());
    p.setTitle("Not found");
    return p;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (e instanceof ErrorResponse known) {
      // Spring's own 4xx (wrong method, unsupported media type...): keep its status, headers and
      // problem body
      return ResponseEntity.status(known.getStatusCode())
          .headers(known.getHeaders())
          .body(known.getBody());
    }
    LOG.error("unexpected failure", e);
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "the request could not be answered");
    p.setTitle("Internal error");
    return ResponseEntity.internalServerError().body(p);
  }

  /**
   * A query stopped by its timeout is a 503; any other client error (a query the server refused) a
   * 400.
   */
  @ExceptionHandler(Neo4jException.class)
  ProblemDetail neo4j(Neo4jException e) {
    LOG.warn("query failed: {} {}", e.code(), e.getMessage());
    String code = String.valueOf(e.code());
    boolean timeout =
        code.contains("TimedOut")
            || code.contains("Timeout")
            || String.valueOf(e.getMessage()).contains("timeout");
    if (timeout || e instanceof TransientException) {
      ProblemDetail p =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.SERVICE_UNAVAILABLE,
              timeout
                  ? "the query took too long and was stopped"
                  : "the database is busy; try again");
      p.setTitle(timeout ? "Query timeout" : "Try again");
      return p;
    }
    if (e instanceof ClientException) {
      ProblemDetail p =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.BAD_REQUEST, "the query could not be answered");
      p.setTitle("Query failed");
      return p;
    }
    LOG.error("database failure", e);
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "the request could not be answered");
    p.setTitle("Internal error");
    return p;
  }
}
