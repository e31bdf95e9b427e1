package eu.sadarbe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * What an agency's IT department watches on deadline day (issue 16), at {@code /actuator/prometheus} for a scraper
 * with the role {@code METRICS} ({@code sadarbe.metrics.*}).
 * <p>
 * The figures that every node can read from the shared database are read from it, at most every
 * {@value #REFRESH_SECONDS} seconds, and are the same on every node (take the {@code max} across instances):
 * submissions, receipts not yet sent, event publications not completed, failed and throttled sign-ins. What
 * happens in one node's requests (autosaves, edit conflicts: {@code sadarbe.drafting.*}) is counted by that node
 * (take the {@code sum}).
 */
@Configuration(proxyBeanMethods = false)
class OperationsMetrics {

    static final int REFRESH_SECONDS = 10;

    /** Only the Prometheus endpoint, before the pages' chain; HTTP Basic, no session, no CSRF (a scraper's GET). */
    @Bean
    @Order(1)
    SecurityFilterChain prometheusScraping(HttpSecurity http, OperationsSettings.Metrics settings) throws Exception {
        DaoAuthenticationProvider scraper = new DaoAuthenticationProvider(scraper(settings));
        scraper.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        http.securityMatcher(EndpointRequest.to("prometheus"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("METRICS"))
                .authenticationManager(new ProviderManager(scraper))
                .httpBasic(basic -> basic.realmName("Sadarbe metrics"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static UserDetailsService scraper(OperationsSettings.Metrics settings) {
        if (!settings.scrapingAllowed()) {
            return name -> {
                throw new UsernameNotFoundException("No scraper: sadarbe.metrics.password is not set");
            };
        }
        String password = settings.password();
        UserDetails user = User.withUsername(settings.username())
                .password(password.startsWith("{") ? password : "{noop}" + password)
                .roles("METRICS").build();
        return name -> {
            if (!user.getUsername().equals(name)) {
                throw new UsernameNotFoundException("Not the scraper");
            }
            return User.withUserDetails(user).build();
        };
    }

    @Bean
    MeterBinder deadlineDayMetrics(DataSource dataSource, Clock clock) {
        DatabaseFigures figures = new DatabaseFigures(JdbcClient.create(dataSource), clock);
        return registry -> {
            FunctionCounter.builder("sadarbe.submissions", figures, counted(Figures::submissions))
                    .description("Submissions stored (every node reads the same figure from the database)")
                    .register(registry);
            Gauge.builder("sadarbe.receipts.pending", figures, counted(Figures::receiptsPending))
                    .description("Submissions whose receipt e-mail has not been sent yet").register(registry);
            Gauge.builder("sadarbe.events.incomplete", figures, counted(Figures::eventsIncomplete))
                    .description("Event publications between modules not completed yet").register(registry);
            FunctionCounter.builder("sadarbe.sign-in.failures", figures, counted(Figures::signInFailures))
                    .description("Failed sign-ins (wrong e-mail address or password)").register(registry);
            FunctionCounter.builder("sadarbe.sign-in.throttled", figures, counted(Figures::signInThrottled))
                    .description("Sign-ins refused because failures from one address reached the limit")
                    .register(registry);
        };
    }

    private static ToDoubleFunction<DatabaseFigures> counted(ToDoubleFunction<Figures> figure) {
        return figures -> {
            Figures now = figures.now();
            return now == null ? Double.NaN : figure.applyAsDouble(now);
        };
    }

    record Figures(long submissions, long receiptsPending, long eventsIncomplete, long signInFailures,
                   long signInThrottled) {
    }

    /** One query for all, kept {@value #REFRESH_SECONDS} seconds; NaN while the database cannot answer. */
    static final class DatabaseFigures {

        private static final Logger LOG = LoggerFactory.getLogger(DatabaseFigures.class);

        private final JdbcClient jdbc;
        private final Clock clock;
        private volatile @Nullable Figures last;
        private volatile Instant readAt = Instant.MIN;

        DatabaseFigures(JdbcClient jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        synchronized @Nullable Figures now() {
            Instant now = clock.instant();
            if (readAt.plus(Duration.ofSeconds(REFRESH_SECONDS)).isAfter(now)) {
                return last;
            }
            readAt = now;
            try {
                last = jdbc.sql("""
                                SELECT (SELECT COUNT(*) FROM submission) AS submissions,
                                       (SELECT COUNT(*) FROM submission WHERE receipt_sent_at IS NULL) AS pending,
                                       (SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL) AS events,
                                       (SELECT COUNT(*) FROM account_security_event WHERE kind = 'SIGN_IN_FAILED')
                                           AS failures,
                                       (SELECT COUNT(*) FROM account_security_event WHERE kind = 'SIGN_IN_THROTTLED')
                                           AS throttled""")
                        .query((row, number) -> new Figures(row.getLong("submissions"), row.getLong("pending"),
                                row.getLong("events"), row.getLong("failures"), row.getLong("throttled")))
                        .single();
            } catch (RuntimeException unavailable) {
                LOG.warn("Deadline-day metrics: the database did not answer ({})", unavailable.getMessage());
                last = null;
            }
            return last;
        }
    }
}
