package org.mlready.assessment.item.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A read-only SQL playground: an isolated in-memory H2 database holding sample tables (shop, staff, web sessions and
 * a small sales star schema) on which learners' queries run. It is never the platform's database: each sandbox has
 * its own randomly named {@code jdbc:h2:mem:} database.
 *
 * <p>Defences, each sufficient against writes on its own: {@link SelectOnlyScreen} admits one SELECT query only;
 * queries run as a database user granted nothing but SELECT (see {@link SandboxDatabase}); the connection is marked
 * read-only. H2's {@code ACCESS_MODE_DATA=r} cannot be used: it applies only when a database is opened, and an
 * in-memory database opened read-only could not be filled. Runaway queries are stopped by a statement timeout, large
 * results by a row cap, long texts by a length cap, and memory use by running few queries at once; a query that still
 * exhausts memory is refused and the database, which H2 closes in that case, is rebuilt.
 *
 * <p>Thread-safe: every run uses its own short-lived connection (opening one to an in-memory database is cheap).
 */
public final class SqlSandbox implements AutoCloseable {

    public static final int ROW_CAP = 1000;
    public static final int TIMEOUT_SECONDS = 2;
    /** Queries running at the same time; each may hold a few hundred MB for up to the timeout. */
    static final int CONCURRENT_QUERIES = 2;

    /** H2's error code for a statement cancelled by its timeout. */
    private static final int CANCELLED = 57014;
    private static final int MAX_MESSAGE_LENGTH = 300;

    private final Semaphore slots = new Semaphore(CONCURRENT_QUERIES, true);
    private volatile SandboxDatabase database;
    private volatile boolean closed;

    SqlSandbox(SandboxDatabase database) {
        this.database = database;
    }

    /** Creates a fresh sandbox filled with the sample data; close it to free the database. */
    public static SqlSandbox create() {
        return new SqlSandbox(SandboxDatabase.open());
    }

    /** Runs one learner query; never throws for anything the learner writes. */
    public SqlRun run(String sql) {
        var refusal = SelectOnlyScreen.refusalFor(sql);
        if (refusal.isPresent()) {
            return new SqlRefusal(refusal.get());
        }
        return runUnscreened(sql);
    }

    /** Runs {@code sql} without the lexical screen, relying on the database's own defences; for tests of those. */
    SqlRun runUnscreened(String sql) {
        try {
            if (!slots.tryAcquire(TIMEOUT_SECONDS * 2L, TimeUnit.SECONDS)) {
                return new SqlRefusal("The SQL sandbox is busy; try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SqlRefusal("The query was interrupted");
        }
        try {
            return execute(liveDatabase(), sql);
        } finally {
            slots.release();
        }
    }

    private static SqlRun execute(SandboxDatabase target, String sql) {
        try (Connection connection = target.connectAsLearner(TIMEOUT_SECONDS);
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.setMaxRows(ROW_CAP + 1);
            try (ResultSet resultSet = statement.executeQuery(sql)) {
                return read(resultSet);
            }
        } catch (SQLException e) {
            return new SqlRefusal(messageFor(e));
        } catch (OutOfMemoryError e) {
            // A single oversized value (a string grown by nested REPLACE, say) fails as one huge allocation that is
            // garbage at once; refusing it is safer for the platform than letting the error reach a request thread.
            return new SqlRefusal("The query needs more memory than the sandbox allows");
        } catch (RuntimeException e) {
            return new SqlRefusal("The query could not be run: " + oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** The current database, rebuilt first if H2 has closed it (after running out of memory). */
    private SandboxDatabase liveDatabase() {
        SandboxDatabase current = database;
        if (current.isAlive() || closed) {
            return current;
        }
        synchronized (this) {
            if (database == current && !closed) {
                current.close();
                database = SandboxDatabase.open();
            }
            return database;
        }
    }

    private static SqlResult read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        int width = meta.getColumnCount();
        List<String> columns = new ArrayList<>(width);
        for (int column = 1; column <= width; column++) {
            columns.add(meta.getColumnLabel(column));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (resultSet.next()) {
            if (rows.size() == ROW_CAP) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(width);
            for (int column = 1; column <= width; column++) {
                row.add(SqlValues.normalise(resultSet.getObject(column)));
            }
            rows.add(row);
        }
        return new SqlResult(columns, rows, truncated);
    }

    private static String messageFor(SQLException e) {
        if (e.getErrorCode() == CANCELLED || e instanceof SQLTimeoutException) {
            return "The query took longer than " + TIMEOUT_SECONDS + " s";
        }
        return oneLine(String.valueOf(e.getMessage()));
    }

    /** The first line of a database message without H2's trailing statement echo and error code. */
    static String oneLine(String message) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        line = line.replaceFirst(";? *SQL statement:$", "").replaceFirst(" *\\[\\d+-\\d+]$", "").strip();
        return line.length() > MAX_MESSAGE_LENGTH ? line.substring(0, MAX_MESSAGE_LENGTH) + "…" : line;
    }

    @Override
    public synchronized void close() {
        closed = true;
        database.close();
    }
}
