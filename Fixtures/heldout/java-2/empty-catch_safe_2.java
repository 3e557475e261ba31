package com.acme.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background worker that purges expired sessions every few minutes. */
public class SessionJanitor implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(SessionJanitor.class);
    private final DataSource ds;

    public SessionJanitor(DataSource ds) {
        this.ds = ds;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                int n = st.executeUpdate("DELETE FROM sessions WHERE expires_at < now()");
                log.debug("purged {} sessions", n);
            } catch (SQLException e) {
                log.warn("session purge failed", e);
            }
            try {
                TimeUnit.MINUTES.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
