package org.harbor.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.thrift.TException;

/** Thrift handler: the tills report each closed shift's total to head office. */
class ShiftReportHandler implements ShiftReportService.Iface {

    private final String jdbcUrl;

    ShiftReportHandler(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void closeShift(String till, long totalCents) throws TException {
        try {
            Connection conn = DriverManager.getConnection(jdbcUrl); // expect: resource-leak
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO shift_totals (till, total_cents, closed_at) VALUES (?, ?, now())")) {
                ps.setString(1, till);
                ps.setLong(2, totalCents);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new TException("could not record shift for " + till, e);
        }
    }
}
