package org.cagraph.api.problem;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Puts {@link ProblemErrorReportValve} where Tomcat's HTML error page was (the host's error report
 * valve, which Spring Boot adds without report or server info), so that what Tomcat refuses before
 * the application runs is problem+json too. Runs after Boot's own customizer, whose valve it
 * replaces.
 */
@Component
public class ContainerProblems
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
  private final ApplicationContext context;

  public ContainerProblems(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        tomcatContext -> {
          StandardHost host = (StandardHost) tomcatContext.getParent();
          // the host adds a valve of this class at start unless one is there: ours, not Tomcat's
          // HTML one
          host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
          for (Valve v : host.getPipeline().getValves()) {
            if (v instanceof ErrorReportValve) {
              host.getPipeline().removeValve(v);
            }
          }
          host.getPipeline().addValve(new ProblemErrorReportValve(this::pathVariableHolding));
        });
  }

  /**
   * The path variable whose value holds {@link ProblemErrorReportValve#MARK} when the path matches
   * one of the application's request mappings (the MVC mappings, read when a refused request comes,
   * long after start-up).
   */
  String pathVariableHolding(String path) {
    PathContainer container = PathContainer.parsePath(path);
    RequestMappingHandlerMapping mvc =
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    for (RequestMappingInfo info : mvc.getHandlerMethods().keySet()) {
      if (info.getPathPatternsCondition() == null) {
        continue;
      }
      for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
        PathPattern.PathMatchInfo match = pattern.matchAndExtract(container);
        if (match == null) {
          continue;
        }
        for (var variable : match.getUriVariables().entrySet()) {
          if (variable.getValue().contains(ProblemErrorReportValve.MARK)) {
            return variable.getKey();
          }
        }
      }
    }
    return null;
  }
}
