package net.sensorhub.poller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

public class SensorPoller implements Runnable {

    private final DataSource ds;
    private final SensorBus bus;
    private volatile boolean running = true;

    public SensorPoller(DataSource ds, SensorBus bus) {
        this.ds = ds;
        this.bus = bus;
    }

    @Override
    public void run() {
        while (running) {
            double value = bus.read();
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO readings(value) VALUES (?)")) {
                ps.setDouble(1, value);
                ps.executeUpdate();
            } catch (SQLException e) { // expect: empty-catch

            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) { } // expect: empty-catch
        }
    }

    public void stop() {
        running = false;
    }
}
