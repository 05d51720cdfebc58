package org.cagraph.api.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs, drawn as a docs page at /docs. */
@Configuration
class OpenApiConfig {
  @Bean
  OpenAPI cagraphOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Central Asia actor graph API")
                .version("0.1.0")
                .description(
                    "Relationship questions over the actor graph, each answered by one named, read-only Cypher "
                        + "query (cypher/queries/) with the sentences that state every relation. Errors are RFC 7807 problem "
                        + "details: 404 for an unknown actor (with up to five suggestions), 400 naming a bad parameter."));
  }
}
