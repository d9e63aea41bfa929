package id.naikkelas.web;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import java.util.ArrayList;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HandlerLookupTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    MockMvc mvc;

    @Test
    void literalStartsStopAtTheFirstVariableOrThreeSegments() {
        assertThat(HandlerLookup.ByPathStart.literalStart("/api/v1/cases/{id}/steps/{step}/complete")).isEqualTo("/api/v1/cases");
        assertThat(HandlerLookup.ByPathStart.literalStart("/usaha/{id}")).isEqualTo("/usaha");
        assertThat(HandlerLookup.ByPathStart.literalStart("/usaha")).isEqualTo("/usaha");
        assertThat(HandlerLookup.ByPathStart.literalStart("/css/**")).isEqualTo("/css");
        assertThat(HandlerLookup.ByPathStart.literalStart("/{*path}")).isEmpty();
        assertThat(HandlerLookup.ByPathStart.literalStart("/")).isEmpty();
    }

    /** The index may only leave out mappings that cannot match: every mapping is a candidate for a path of its own. */
    @Test
    void everyMappingIsACandidateForEachPathItMatches() {
        var lookup = (HandlerLookup.ByPathStart) mapping;
        var missed = new ArrayList<String>();
        int checked = 0;
        for (var registered : mapping.getHandlerMethods().entrySet()) {
            for (PathPattern pattern : registered.getKey().getPathPatternsCondition().getPatterns()) {
                var path = PathContainer.parsePath(example(pattern.getPatternString()));
                if (!pattern.matches(path)) {
                    continue; // a variable with its own regular expression; its literal start is indexed all the same
                }
                checked++;
                var candidates = lookup.candidates(path);
                if (candidates == null || candidates.stream().map(HandlerLookup.ByPathStart.Mapping::handler)
                        .noneMatch(registered.getValue()::equals)) {
                    missed.add(pattern.getPatternString() + " " + registered.getValue());
                }
            }
        }
        assertThat(checked).isGreaterThan(400);
        assertThat(missed).isEmpty();
    }

    @Test
    void aPathWithVariablesReachesItsMethodAndSpringStillAnswersTheRest() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/cases/12/steps/AUDIT/complete");
        ServletRequestPathUtils.parseAndCache(request);
        var handler = (HandlerMethod) mapping.getHandler(request).getHandler();
        assertThat(handler.getMethod().getName()).isEqualTo("complete");
        assertThat(handler.getBeanType().getSimpleName()).isEqualTo("CaseApiController");
        assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)).isEqualTo(Map.of("id", "12", "step", "AUDIT"));
        assertThat(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE).toString())
                .isEqualTo("/api/v1/cases/{id}/steps/{step}/complete");

        // a method with two paths gets the variables of the one that matched
        var certificate = new MockHttpServletRequest("GET", "/sertifikat/ABC-123");
        ServletRequestPathUtils.parseAndCache(certificate);
        mapping.getHandler(certificate);
        assertThat(certificate.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)).isEqualTo(Map.of("code", "ABC-123"));

        // the path exists but not for this method: Spring's own look-up answers 405, as before
        mvc.perform(delete("/api/v1/cases/12/steps/AUDIT/complete").with(officer())).andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/api/v1/cases/12/steps/AUDIT/nothing-here").with(officer())).andExpect(status().isNotFound());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
        return httpBasic("petugas.lampung", "Demo-2026!");
    }

    /** A path the pattern matches: variables and wildcards filled in. */
    private static String example(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}]+}", "1").replace("**", "a").replace('*', 'a')
                .replace('?', 'a');
    }
}
