package id.naikkelas.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline scripts or styles anywhere: htmx and the app's own JS come from 'self'. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** JSON answers are never a document: nothing may load or frame them. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /** Only what the pages use: the camera for the door scanner, the location for visits; nothing for embedded frames. */
    static final String PERMISSIONS_POLICY = "camera=(self), geolocation=(self), microphone=(), payment=(), usb=()";

    /** Delegating encoder (bcrypt today) so stored hashes can be upgraded later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one password check, for the form and HTTP Basic alike, slowed down after failures. */
    @Bean
    AuthenticationProvider signIn(UserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(passwords, throttle);
    }

    /**
     * Programs: an API token ({@code Authorization: Bearer nk_...}, ADR 0008), or HTTP Basic for a
     * person's quick use; no session, so no cookie can be ridden and CSRF tokens are not needed.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, BearerTokens tokens, MessageSource messages,
                            ObjectProvider<LocaleResolver> locales, JsonMapper json) throws Exception {
        var unauthorized = new ApiAuthenticationEntryPoint(messages, locales, json);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/regions", "/api/v1/regions/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics").permitAll()
                        // the public catalogue (issue 19): reads only; owners' listings are under /api/v1/listings
                        .requestMatchers(HttpMethod.GET, "/api/v1/catalogue/**").permitAll()
                        // the public permit self-check: answers in, advice out, nothing stored
                        .requestMatchers(HttpMethod.POST, "/api/v1/permit-check").permitAll()
                        // public complaints: filed and tracked without an account (rate-limited per address)
                        .requestMatchers(HttpMethod.POST, "/api/v1/public/complaints", "/api/v1/public/complaints/track").permitAll()
                        // a buyer organisation registers itself (rate-limited per address); an officer verifies it before it may ask
                        .requestMatchers(HttpMethod.POST, "/api/v1/buyer-registrations").permitAll()
                        // an invitee has no account yet: the one-time link's token is the credential (ADR 0015); the token's
                        // shape keeps /api/v1/invitations/agencies and the inviter's operations signed-in
                        .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, "/api/v1/invitations/[A-Za-z0-9_-]{43}")).permitAll()
                        .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, "/api/v1/invitations/[A-Za-z0-9_-]{43}/accept")).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // metrics tell an outsider the load, the routes and the versions: a scraper signs in (an administrator's token)
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized));
        return http.build();
    }

    /**
     * People: form login with CSRF protection, session in the database, strict headers. The CSRF token lives in its
     * own cookie (HttpOnly, SameSite=Lax; the pages carry it in their forms and meta tag), not in the session: a
     * visitor of the public pages (catalogue, statistics, permit check) then costs no session row in the database.
     */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error", "/ui/regions/**", "/public/**", "/daftar", "/daftar/**", "/verifikasi", "/sertifikat/**",
                                "/cek-izin", "/cek-izin/**", "/pengaduan", "/pengaduan/terkirim", "/pengaduan/lacak", "/undangan/terima/**").permitAll()
                        // the public catalogue (issue 19): its pages, photos of published products and QR codes, read only
                        .requestMatchers(HttpMethod.GET, "/katalog", "/katalog/produk/**", "/katalog/usaha/**", "/katalog/foto/**").permitAll()
                        // and what agencies curate there (ADR 0022): collections and market events
                        .requestMatchers(HttpMethod.GET, "/katalog/koleksi/**", "/katalog/acara", "/katalog/acara/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/statistik").permitAll()
                        .requestMatchers("/pembeli/daftar").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(new LoginSuccessHandler())
                        .failureHandler(new LoginFailureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    static CookieCsrfTokenRepository csrfCookie() {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }
}
