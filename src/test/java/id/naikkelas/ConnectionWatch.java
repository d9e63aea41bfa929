package id.naikkelas;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Watches the pool for a thread that takes a second connection while it still holds one. Under load
 * that is how a pool stalls: every request holds one connection and waits for another that only a
 * request like it could give back. Part of every {@link IntegrationTest}, so the suite keeps one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConnectionWatch {

    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

    private static final ConcurrentLinkedQueue<String> NESTED = new ConcurrentLinkedQueue<>();

    /** Where a thread took a second connection since the last {@link #reset()}: the app's frames of each. */
    public static List<String> nestedSince() {
        return List.copyOf(NESTED);
    }

    public static void reset() {
        NESTED.clear();
    }

    @Bean
    static BeanPostProcessor connectionWatchingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource source && !(bean instanceof Watched) ? new Watched(source) : bean;
            }
        };
    }

    static final class Watched extends DelegatingDataSource {

        Watched(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watch(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watch(super.getConnection(username, password));
        }

        private static Connection watch(Connection connection) {
            int[] held = HELD.get();
            if (held[0] > 0) {
                NESTED.add(Thread.currentThread().getName() + " took a connection while holding " + held[0] + ":\n  "
                        + Arrays.stream(new Throwable().getStackTrace())
                        .filter(f -> f.getClassName().startsWith("id.naikkelas") && !f.getClassName().startsWith(ConnectionWatch.class.getName()))
                        .map(StackTraceElement::toString).collect(Collectors.joining("\n  ")));
            }
            held[0]++;
            var closed = new AtomicBoolean();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
                            held[0]--;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
