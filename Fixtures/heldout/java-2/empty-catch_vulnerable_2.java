package com.acme.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** Background worker that purges expired sessions every few minutes. */
public class SessionJanitor implements Runnable {

    private final DataSource ds;
    private volatile boolean running = true;

    public SessionJanitor(DataSource ds) {
        this.ds = ds;
    }

    @Override
    public void run() {
        while (running) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM sessions WHERE expires_at < now()");
            } catch (SQLException e) { // expect: empty-catch
            }
            try {
                TimeUnit.MINUTES.sleep(5);
            } catch (InterruptedException e) { // expect: empty-catch
            }
        }
    }

    public void stop() {
        running = false;
    }
}
