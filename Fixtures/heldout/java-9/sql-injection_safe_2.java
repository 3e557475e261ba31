package org.harbor.billing;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

@ActivityInterface
interface InvoiceActivities {
    @ActivityMethod
    int markOverdue(String tenantSchema, int graceDays);
}

/** Temporal activity run by the nightly dunning workflow for each tenant. */
class InvoiceActivitiesImpl implements InvoiceActivities {

    private final DataSource dataSource;
    private final Set<String> tenantSchemas;

    InvoiceActivitiesImpl(DataSource dataSource, Set<String> tenantSchemas) {
        this.dataSource = dataSource;
        this.tenantSchemas = Set.copyOf(tenantSchemas);
    }

    @Override
    public int markOverdue(String tenantSchema, int graceDays) {
        if (!tenantSchemas.contains(tenantSchema)) {
            throw new IllegalArgumentException("unknown tenant schema");
        }
        String sql = "UPDATE " + tenantSchema + ".invoices SET status = 'OVERDUE' "
                + "WHERE status = 'OPEN' AND due_date < CURRENT_DATE - ?";
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setInt(1, graceDays);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("dunning failed for " + tenantSchema, e);
        }
    }
}
