package com.acme.audit;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class AuditExporter {

    private final DataSource ds;

    public AuditExporter(DataSource ds) {
        this.ds = ds;
    }

    public int export(String tenant, String file) throws SQLException, IOException {
        Connection conn = ds.getConnection(); // expect: resource-leak
        PreparedStatement ps = conn.prepareStatement("SELECT at, actor, action FROM audit_log WHERE tenant = ?"); // expect: resource-leak
        ps.setString(1, tenant);
        ResultSet rs = ps.executeQuery(); // expect: resource-leak
        FileOutputStream out = new FileOutputStream(file); // expect: resource-leak
        int n = 0;
        while (rs.next()) {
            String line = rs.getTimestamp(1) + "\t" + rs.getString(2) + "\t" + rs.getString(3) + "\n";
            out.write(line.getBytes(StandardCharsets.UTF_8));
            n++;
        }
        out.close();
        return n;
    }
}
