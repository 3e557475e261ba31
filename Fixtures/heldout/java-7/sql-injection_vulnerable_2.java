import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jobrunr.jobs.annotations.Job;

// JobRunr background job: purges a tenant's expired sessions; the tenant slug comes from the admin form.
class SessionPurgeJob {
    private final DataSource dataSource;

    SessionPurgeJob(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Job(name = "Purge sessions of %0")
    public int purge(String tenantSlug, int olderThanDays) throws SQLException {
        String sql = "DELETE FROM sessions WHERE tenant = '" + tenantSlug + "'"
                + " AND last_seen < now() - interval '" + olderThanDays + " days'";
        try (Connection conn = dataSource.getConnection();
             Statement stmt = conn.createStatement()) {
            return stmt.executeUpdate(sql); // expect: sql-injection
        }
    }
}
