package org.mlready.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {"/", "/areas/**", "/topics/**", "/pathways/**", "/search", "/signup",
            "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/progress/topics/*/panel",
            "/plan/calendar/*", "/reset-password/*"};
    static final String[] PUBLIC_API = {"/api/curriculum", "/api/curriculum/**", "/api/signup", "/api/plans/preview",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
            "/actuator/health/**"};

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock,
                new DatabaseThrottleState(jdbc, transactions, "login"));
    }

    @Bean
    AuthenticationManager authenticationManager(Accounts accounts, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle) {
        UserDetailsService users = username -> {
            String email = AccountRegistration.normaliseEmail(username);
            return accounts.findByEmail(email)
                    .map(a -> new AccountUser(a.id(), a.email(), a.role(), accounts.passwordHashOf(email).orElseThrow(), false))
                    .orElseThrow(() -> new UsernameNotFoundException("unknown email"));
        };
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        AuthenticationEntryPoint apiEntryPoint = SecurityConfiguration::unauthorised;
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/topics/*/practice").authenticated()
                        .requestMatchers("/api/items/preview", "/api/items/coverage", "/api/items/statistics", "/api/items/calibrations")
                        .hasAnyRole(Role.INSTRUCTOR.name(), Role.ADMIN.name())
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(PUBLIC_API).permitAll()
                        .requestMatchers("/admin/**", "/api/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/instructor/**", "/api/instructor/**")
                        .hasAnyRole(Role.INSTRUCTOR.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").usernameParameter("email")
                        .defaultSuccessUrl("/dashboard")
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + (failure instanceof LockedException ? "/login?locked" : "/login?error"))))
                .httpBasic(basic -> basic.realmName("mlready").authenticationEntryPoint(apiEntryPoint))
                .logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::isScriptCall))
                // Upload forms carry the CSRF token in their URL (so an over-size upload still gets a readable 413)
                // and reset links carry a secret: neither may leave the site in a Referer header.
                .headers(headers -> headers.referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(apiEntryPoint, API));
        return http.build();
    }

    /**
     * A script calling the API with its own credentials (HTTP Basic), signing up or previewing a plan (public and
     * pure: nothing is stored) carries no session to forge.
     */
    private static boolean isScriptCall(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/signup") || path.equals("/api/plans/preview")
                || (path.startsWith("/api/") && request.getHeader("Authorization") != null);
    }

    private static void unauthorised(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException failure) throws IOException {
        String detail = failure instanceof LockedException ? failure.getMessage()
                : "Authentication required: sign in, or send HTTP Basic credentials (email and password).";
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"mlready\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"instance\":\"" + request.getRequestURI()
                .replace("\"", "%22") + "\"}");
    }
}
