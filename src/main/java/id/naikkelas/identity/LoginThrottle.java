package id.naikkelas.identity;

import id.naikkelas.common.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/**
 * Growing waits after failed sign-ins, counted in the database so every node sees them (ADR 0011).
 * Two counters: the typed name from one source address (a guesser at one account), and the source
 * alone (a guesser trying many names). A name is counted whether or not its account exists, so the
 * answer never tells which names do; and an attacker elsewhere cannot lock the real person out.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** A counter older than this starts again from zero. */
    private static final String FORGET_AFTER = "1 day";

    private final JdbcClient jdbc;
    private final int freePerName;
    private final int freePerSource;
    private final Duration maxWait;
    private final Today today;

    LoginThrottle(JdbcClient jdbc,
                  @Value("${naikkelas.security.login.free-attempts-per-name:3}") int freePerName,
                  @Value("${naikkelas.security.login.free-attempts-per-source:20}") int freePerSource,
                  @Value("${naikkelas.security.login.max-wait:15m}") Duration maxWait, Today today) {
        this.jdbc = jdbc;
        this.freePerName = freePerName;
        this.freePerSource = freePerSource;
        this.maxWait = maxWait;
        this.today = today;
    }

    /** How long this name from this source must still wait before its password is checked again. */
    Duration waitBefore(String name, String source) {
        record Counter(String key, int failures, double secondsAgo) {
        }
        String nameKey = nameKey(name, source);
        return jdbc.sql("""
                        SELECT throttle_key, failures, extract(epoch FROM :now - last_failure) AS ago FROM login_failure
                        WHERE throttle_key IN (:name, :source) AND last_failure > :now - CAST(:forget AS interval)""")
                .param("now", today.now()).param("name", nameKey).param("source", sourceKey(source)).param("forget", FORGET_AFTER)
                .query((rs, i) -> new Counter(rs.getString(1), rs.getInt(2), rs.getDouble(3))).list().stream()
                .map(c -> wait(c.failures(), c.key().equals(nameKey) ? freePerName : freePerSource)
                        .minusMillis((long) (c.secondsAgo() * 1000)))
                .max(Duration::compareTo).filter(d -> d.compareTo(Duration.ZERO) > 0).orElse(Duration.ZERO);
    }

    void failed(String name, String source) {
        var counts = jdbc.sql("""
                        INSERT INTO login_failure AS f (throttle_key, failures, last_failure) VALUES (:name, 1, :now), (:source, 1, :now)
                        ON CONFLICT (throttle_key) DO UPDATE SET last_failure = :now, failures =
                            CASE WHEN f.last_failure < :now - CAST(:forget AS interval) THEN 1 ELSE f.failures + 1 END
                        RETURNING failures""")
                .param("now", today.now()).param("name", nameKey(name, source)).param("source", sourceKey(source)).param("forget", FORGET_AFTER)
                .query(Integer.class).list();
        if (counts.contains(freePerName) || counts.contains(freePerSource)) {
            log.warn("sign-in attempts slowed down for name '{}' from {} after {} failures", name, source, counts);
        }
    }

    /** The right password from this source clears that name's counter there; the source's own count stays. */
    void succeeded(String name, String source) {
        jdbc.sql("DELETE FROM login_failure WHERE throttle_key = ?").param(nameKey(name, source)).update();
    }

    /** One second after the free attempts, doubling with each further failure, up to the maximum. */
    Duration wait(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        var wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void forgetOld() {
        jdbc.sql("DELETE FROM login_failure WHERE last_failure < ? - CAST(? AS interval)").params(today.now(), FORGET_AFTER).update();
    }

    private static String nameKey(String name, String source) {
        String typed = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('\u0000', ' ');
        // bounded: the key is whatever a stranger typed
        return "name:" + (typed.length() > 200 ? typed.substring(0, 200) : typed) + "@" + source;
    }

    private static String sourceKey(String source) {
        return "source:" + source;
    }
}
