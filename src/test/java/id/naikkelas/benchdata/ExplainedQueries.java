package id.naikkelas.benchdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the application's own services with their JDBC work sent, on this thread only, to another
 * database, and keeps EXPLAIN (ANALYZE, BUFFERS) of every query they send there. Nothing is
 * retyped: the SQL and its parameters are those the service prepared. How: Spring's JDBC code asks
 * the transaction synchronisation for a connection bound to the application's DataSource before it
 * asks the pool, so binding a connection to the other database there (as a transaction would) routes
 * JdbcClient, JdbcTemplate and @Transactional alike; each query is explained with the same
 * parameters, on the same connection and in the same transaction (so SET LOCAL settings such as the
 * trigram threshold apply), just before it runs.
 */
final class ExplainedQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One query as the service sent it, with its plan (EXPLAIN's JSON: the top node and its children under "Plans"). */
    record Explained(String sql, JsonNode plan, double executionMs, String text) {
    }

    private ExplainedQueries() {
    }

    static List<Explained> of(DataSource applicationDataSource, Connection target, Runnable work) {
        var explained = new ArrayList<Explained>();
        TransactionSynchronizationManager.bindResource(applicationDataSource, new ConnectionHolder(connection(target, explained)));
        try {
            work.run();
        } finally {
            TransactionSynchronizationManager.unbindResource(applicationDataSource);
        }
        return explained;
    }

    private static Connection connection(Connection target, List<Explained> out) {
        return (Connection) Proxy.newProxyInstance(ExplainedQueries.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "close" -> null; // the test owns the connection
                    case "prepareStatement" -> statement(target, (String) args[0], (PreparedStatement) call(target, method, args), out);
                    default -> call(target, method, args);
                });
    }

    private static PreparedStatement statement(Connection target, String sql, PreparedStatement real, List<Explained> out) {
        Map<Integer, Object[]> parameters = new TreeMap<>();
        return (PreparedStatement) Proxy.newProxyInstance(ExplainedQueries.class.getClassLoader(), new Class<?>[]{PreparedStatement.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                        parameters.put(index, new Object[]{method, args});
                    } else if (name.equals("clearParameters")) {
                        parameters.clear();
                    } else if ((name.equals("executeQuery") || name.equals("execute")) && (args == null || args.length == 0) && isQuery(sql)) {
                        out.add(explain(target, sql, parameters));
                    }
                    return call(real, method, args);
                });
    }

    private static boolean isQuery(String sql) {
        String s = sql.strip().toLowerCase(Locale.ROOT);
        return (s.startsWith("select") || s.startsWith("with")) && !s.contains("set_config(");
    }

    private static Explained explain(Connection target, String sql, Map<Integer, Object[]> parameters) throws Exception {
        try (var ps = target.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql)) {
            for (Object[] p : parameters.values()) {
                ((Method) p[0]).invoke(ps, (Object[]) p[1]);
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                JsonNode root = JSON.readTree(rs.getString(1)).get(0);
                return new Explained(sql, root.get("Plan"), root.path("Execution Time").asDouble(), text(target, sql, parameters));
            }
        }
    }

    /** The same plan as text, for a failure message a person reads. */
    private static String text(Connection target, String sql, Map<Integer, Object[]> parameters) throws Exception {
        try (var ps = target.prepareStatement("EXPLAIN (ANALYZE, COSTS, BUFFERS) " + sql)) {
            for (Object[] p : parameters.values()) {
                ((Method) p[0]).invoke(ps, (Object[]) p[1]);
            }
            var lines = new StringBuilder();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.append(rs.getString(1)).append('\n');
                }
            }
            return lines.toString();
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

}
