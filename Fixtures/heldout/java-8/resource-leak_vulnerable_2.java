package com.example.catalog;

import com.hazelcast.map.MapLoader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

class ProductMapLoader implements MapLoader<String, Product> {
    private final DataSource dataSource;

    ProductMapLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Product load(String sku) {
        try {
            Connection conn = dataSource.getConnection(); // expect: resource-leak
            PreparedStatement ps = conn.prepareStatement("SELECT sku, title, price_cents FROM products WHERE sku = ?"); // expect: resource-leak
            ps.setString(1, sku);
            ResultSet rs = ps.executeQuery(); // expect: resource-leak
            return rs.next() ? new Product(rs.getString(1), rs.getString(2), rs.getLong(3)) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("load " + sku, e);
        }
    }

    @Override
    public Map<String, Product> loadAll(Collection<String> skus) {
        Map<String, Product> found = new HashMap<>();
        for (String sku : skus) {
            Product p = load(sku);
            if (p != null) {
                found.put(sku, p);
            }
        }
        return found;
    }

    @Override
    public Iterable<String> loadAllKeys() {
        return null;
    }
}
