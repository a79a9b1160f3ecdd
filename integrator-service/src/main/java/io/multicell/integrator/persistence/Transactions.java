package io.multicell.integrator.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The one way the repositories write several statements as ONE transaction: commit when the work returns, roll back
 * when it throws, and a database fault becomes a {@link PersistenceException} naming what could not be done.
 */
final class Transactions {

    private Transactions() {
    }

    /** Statements run on the transaction's connection. */
    @FunctionalInterface
    interface Work {
        void run(Connection c) throws SQLException;
    }

    /** Statements that answer something (the work may call {@code c.rollback()} itself to keep nothing). */
    @FunctionalInterface
    interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    static void run(DataSource dataSource, String failure, Work work) {
        call(dataSource, failure, c -> {
            work.run(c);
            return null;
        });
    }

    static <T> T call(DataSource dataSource, String failure, Query<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException(failure, e);
        }
    }
}
