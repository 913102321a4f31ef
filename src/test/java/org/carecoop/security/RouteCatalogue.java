package org.carecoop.security;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the running application answers: each pattern × method of every handler mapping built
 * from request mappings (controllers, springdoc, actuator), plus the routes that only the security
 * filters answer.
 */
final class RouteCatalogue {

    /** Answered by Spring Security's filters; no controller method exists for them. */
    static final Set<Route> FILTER_ONLY = Set.of(
            Route.parse("POST /sign-in"),
            Route.parse("POST /sign-out"),
            Route.parse("POST /act-for"),
            Route.parse("POST /act-for/stop"));

    /** Routes the test configuration adds to the application (e.g. a page that fails on purpose). */
    private static final String TEST_ONLY = "/test-only/";

    /** A mapping that accepts any method is checked with these. */
    private static final Set<String> ANY_METHOD = Set.of("GET", "POST");

    private RouteCatalogue() {}

    static SortedSet<Route> discover(ApplicationContext context) {
        SortedSet<Route> routes = new TreeSet<>(FILTER_ONLY);
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                Set<String> methods = info.getMethodsCondition().getMethods().stream()
                        .map(RequestMethod::name)
                        .collect(java.util.stream.Collectors.toSet());
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith(TEST_ONLY)) {
                        continue;
                    }
                    for (String method : methods.isEmpty() ? ANY_METHOD : methods) {
                        routes.add(new Route(method, pattern));
                    }
                }
            });
        }
        return routes;
    }
}
