package id.naikkelas.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a request's controller method among the few whose path can match. A path with a variable
 * ({@code /api/v1/cases/12/steps/X/complete}, {@code /usaha/31}) has no direct look-up in Spring MVC, so it tries
 * every mapping of the application (about 500) in turn, checking each one's HTTP method, parameters, headers,
 * content types and API version before its path, and reads the HTTP method through the ten request wrappers of the
 * filter chain twice per mapping: 18% of a case step's request-thread CPU (issue 13, JFR).
 * <p>
 * The mappings are indexed by the literal start of their paths (up to three segments: {@code /api/v1/cases},
 * {@code /usaha}; a path starting with a variable under the empty start). A request looks only at the mappings
 * under the starts of its own path, which are all that can match it. When exactly one of them matches, it is the
 * one Spring would choose; anything else (none, several to rank, a CORS pre-flight, a mapping added after start-up)
 * goes through Spring's own look-up as before, so 404, 405, 415 and the choice among several stay Spring's.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new ByPathStart();
    }

    static final class ByPathStart extends RequestMappingHandlerMapping {

        /** Segments of a path's literal start used as the index key: deep enough to split {@code /api/v1/...}. */
        private static final int DEPTH = 3;

        /** Empty until the mappings are known, and again once one is added or removed at run time. */
        private volatile Map<String, List<Mapping>> byStart = Map.of();

        record Mapping(RequestMappingInfo info, HandlerMethod handler) {
        }

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            var index = new HashMap<String, Set<Mapping>>();
            for (var registered : handlerMethods.entrySet()) {
                var paths = registered.getKey().getPathPatternsCondition();
                if (paths == null) {
                    return; // not parsed patterns (AntPathMatcher): leave every look-up to Spring
                }
                var mapping = new Mapping(registered.getKey(), registered.getValue());
                for (PathPattern pattern : paths.getPatterns()) {
                    index.computeIfAbsent(literalStart(pattern.getPatternString()), key -> new LinkedHashSet<>()).add(mapping);
                }
            }
            var frozen = new HashMap<String, List<Mapping>>();
            index.forEach((start, mappings) -> frozen.put(start, List.copyOf(mappings)));
            byStart = Map.copyOf(frozen);
        }

        @Override
        protected void registerHandlerMethod(Object handler, java.lang.reflect.Method method, RequestMappingInfo mapping) {
            byStart = Map.of();
            super.registerHandlerMethod(handler, method, mapping);
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
            byStart = Map.of();
            super.registerMapping(mapping, handler, method);
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            byStart = Map.of();
            super.unregisterMapping(mapping);
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            var only = onlyMatch(request);
            if (only == null) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, only.handler());
            handleMatch(only.info(), lookupPath, request);
            return only.handler();
        }

        /**
         * The one mapping that matches the request, or null when Spring's look-up must decide. Its info is the one
         * narrowed to what matched (the pattern, the media types), as Spring hands it to {@code handleMatch}.
         */
        private Mapping onlyMatch(HttpServletRequest request) {
            if (CorsUtils.isPreFlightRequest(request)) {
                return null;
            }
            PathContainer path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication();
            var candidates = candidates(path);
            if (candidates == null) {
                return null;
            }
            Mapping found = null;
            for (var mapping : candidates) {
                var matched = pathMatches(mapping.info(), path) ? getMatchingMapping(mapping.info(), request) : null;
                if (matched != null) {
                    if (found != null) {
                        return null; // several: Spring ranks them
                    }
                    found = new Mapping(matched, mapping.handler());
                }
            }
            return found;
        }

        /**
         * Every mapping whose path can match this one (and a few more), each once; null when the index cannot tell
         * (not built, or a path with an empty segment).
         */
        List<Mapping> candidates(PathContainer path) {
            var current = byStart;
            var starts = starts(path);
            if (current.isEmpty() || starts == null) {
                return null;
            }
            var candidates = new ArrayList<Mapping>();
            for (String start : starts) {
                for (var mapping : current.getOrDefault(start, List.of())) {
                    if (candidates.stream().noneMatch(known -> known == mapping)) { // a mapping with several paths
                        candidates.add(mapping);
                    }
                }
            }
            return candidates;
        }

        private static boolean pathMatches(RequestMappingInfo info, PathContainer path) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }

        /** The index keys a path can be under: "", "/a", "/a/b", "/a/b/c"; null for an odd path (an empty segment). */
        private static List<String> starts(PathContainer path) {
            var starts = new ArrayList<String>(DEPTH + 1);
            starts.add("");
            var start = new StringBuilder();
            for (var element : path.elements()) {
                if (element instanceof PathContainer.PathSegment segment) {
                    if (segment.valueToMatch().isEmpty()) {
                        return null;
                    }
                    if (starts.size() <= DEPTH) {
                        start.append('/').append(segment.valueToMatch());
                        starts.add(start.toString());
                    }
                }
            }
            return starts;
        }

        /** "/api/v1/cases/{id}/steps" gives "/api/v1/cases"; "/usaha/{id}" gives "/usaha"; "/{*path}" gives "". */
        static String literalStart(String pattern) {
            var start = new StringBuilder();
            int segments = 0;
            for (String part : pattern.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (segments == DEPTH || part.indexOf('{') >= 0 || part.indexOf('*') >= 0 || part.indexOf('?') >= 0) {
                    break;
                }
                start.append('/').append(part);
                segments++;
            }
            return start.toString();
        }
    }
}
