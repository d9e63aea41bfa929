package id.naikkelas;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Records the SQL statements one thread runs while {@link #during} watches, so a test can tell a list that reads a
 * fixed number of times from one that reads once per row (N+1). MockMvc runs a request on the test's own thread, so
 * a page's statements are all recorded. Part of every {@link IntegrationTest}, so the suite keeps one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCount {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** What runs in a request or a service call. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** The statements recorded while {@code action} ran, in order. */
    public record Statements(List<String> sql) {

        public int count() {
            return sql.size();
        }

        /** Statements run more than once, with how often: where to look when a count grows with the rows. */
        public Map<String, Long> repeated() {
            return sql.stream().collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting())).entrySet().stream()
                    .filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        }

        @Override
        public String toString() {
            return count() + " statements; repeated: " + repeated();
        }
    }

    public static Statements during(Action action) throws Exception {
        var recorded = new ArrayList<String>();
        var previous = RECORDING.get();
        RECORDING.set(recorded);
        try {
            action.run();
        } finally {
            RECORDING.set(previous);
        }
        return new Statements(List.copyOf(recorded));
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource source ? ProxyDataSourceBuilder.create(beanName, source).listener(RECORDER).build() : bean;
            }
        };
    }

    private static final QueryExecutionListener RECORDER = new QueryExecutionListener() {
        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
            var recorded = RECORDING.get();
            if (recorded != null) {
                queries.forEach(q -> recorded.add(q.getQuery().strip()));
            }
        }
    };
}
