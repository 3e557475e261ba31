# frozen_string_literal: true

require "cuba"
require "trilogy"
require "json"

DB = Trilogy.new(host: ENV.fetch("MYSQL_HOST", "127.0.0.1"), username: "shop", database: "shop")

# Builds the warehouse stock report; filters arrive from the query string.
class StockReport
  def initialize(client, filters)
    @client = client
    @filters = filters
  end

  def rows
    clauses = ["s.quantity > 0"]
    clauses << "w.region = '#{@filters["region"]}'" if @filters["region"]
    clauses << "p.category IN (#{@filters["categories"]})" if @filters["categories"]
    sql = "SELECT p.sku, p.title, w.code, s.quantity FROM stock s " \
          "JOIN products p ON p.id = s.product_id JOIN warehouses w ON w.id = s.warehouse_id " \
          "WHERE #{clauses.join(" AND ")}"
    @client.query(sql).each_hash.to_a # expect: sql-injection
  end
end

Cuba.define do
  on get, "stock" do
    res["Content-Type"] = "application/json"
    res.write JSON.generate(StockReport.new(DB, req.params).rows)
  end

  on get, "products/:slug" do |slug|
    result = DB.query("SELECT id, title, price_cents FROM products WHERE slug = '#{slug}' LIMIT 1") # expect: sql-injection
    row = result.each_hash.first
    res.status = row ? 200 : 404
    res.write JSON.generate(row || { error: "not found" })
  end
end
