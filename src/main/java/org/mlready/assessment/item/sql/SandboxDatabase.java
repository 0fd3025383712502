package org.mlready.assessment.item.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One randomly named in-memory H2 database filled with the sample data, kept alive by its owner's connection, with
 * a LEARNER user that may only SELECT. H2 enforces that user's rights for every statement, and denies it the file and
 * Java functions that need admin rights.
 */
final class SandboxDatabase implements AutoCloseable {

    static final String DATA_SCRIPT = "classpath:/sql-sandbox/sample-data.sql";
    private static final String LEARNER = "LEARNER";

    private final String url;
    private final String learnerPassword;
    private final Connection owner;

    private SandboxDatabase(String url, String learnerPassword, Connection owner) {
        this.url = url;
        this.learnerPassword = learnerPassword;
        this.owner = owner;
    }

    static SandboxDatabase open() {
        loadDriver();
        String url = "jdbc:h2:mem:mlready_sql_sandbox_" + UUID.randomUUID().toString().replace("-", "");
        String learnerPassword = UUID.randomUUID().toString();
        Connection owner = null;
        try {
            owner = DriverManager.getConnection(url, "SANDBOX_OWNER", UUID.randomUUID().toString());
            try (Statement statement = owner.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + DATA_SCRIPT + "'");
                statement.execute("CREATE USER " + LEARNER + " PASSWORD '" + learnerPassword + "'");
                statement.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + LEARNER);
            }
            return new SandboxDatabase(url, learnerPassword, owner);
        } catch (SQLException e) {
            closeQuietly(owner);
            throw new IllegalStateException("Could not create the SQL sandbox database", e);
        }
    }

    /**
     * A new read-only connection as the learner, with H2's session query timeout; IFEXISTS keeps a connection to a
     * database that has gone from silently creating an empty one.
     */
    Connection connectAsLearner(int timeoutSeconds) throws SQLException {
        Connection connection = DriverManager.getConnection(
                url + ";IFEXISTS=TRUE;QUERY_TIMEOUT=" + timeoutSeconds * 1000, LEARNER, learnerPassword);
        connection.setReadOnly(true);
        return connection;
    }

    /** False once H2 has closed the database, which it does after running out of memory. */
    boolean isAlive() {
        try {
            return owner.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closeQuietly(owner);
    }

    private static void loadDriver() {
        try {
            // H2 is a runtime dependency only; registering it by name keeps it out of the compile classpath.
            Class.forName("org.h2.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The H2 database driver is not on the classpath", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing more can be done for a connection that fails to close.
        }
    }
}
