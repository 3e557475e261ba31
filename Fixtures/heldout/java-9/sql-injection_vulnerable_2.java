package org.harbor.billing;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

@ActivityInterface
interface InvoiceActivities {
    @ActivityMethod
    int markOverdue(String tenantSchema, int graceDays);
}

/** Temporal activity run by the nightly dunning workflow for each tenant. */
class InvoiceActivitiesImpl implements InvoiceActivities {

    private final DataSource dataSource;

    InvoiceActivitiesImpl(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int markOverdue(String tenantSchema, int graceDays) {
        String sql = String.format(
                "UPDATE %s.invoices SET status = 'OVERDUE' WHERE status = 'OPEN' "
                        + "AND due_date < CURRENT_DATE - ?",
                tenantSchema);
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(sql)) { // expect: sql-injection
            ps.setInt(1, graceDays);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("dunning failed for " + tenantSchema, e);
        }
    }
}
