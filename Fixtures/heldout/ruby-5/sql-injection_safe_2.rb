# frozen_string_literal: true

require "cuba"
require "trilogy"
require "json"

DB = Trilogy.new(host: ENV.fetch("MYSQL_HOST", "127.0.0.1"), username: "shop", database: "shop")

# Builds the warehouse stock report; filters arrive from the query string.
class StockReport
  REGIONS = %w[north south east west].freeze

  def initialize(client, filters)
    @client = client
    @filters = filters
  end

  def rows
    clauses = ["s.quantity > 0"]
    region = @filters["region"]
    clauses << "w.region = '#{region}'" if REGIONS.include?(region)
    category_ids = @filters.fetch("categories", "").split(",").map { |c| Integer(c, 10) }
    clauses << "p.category IN (#{category_ids.join(",")})" unless category_ids.empty?
    sql = "SELECT p.sku, p.title, w.code, s.quantity FROM stock s " \
          "JOIN products p ON p.id = s.product_id JOIN warehouses w ON w.id = s.warehouse_id " \
          "WHERE #{clauses.join(" AND ")}"
    @client.query(sql).each_hash.to_a
  end
end

Cuba.define do
  on get, "stock" do
    res["Content-Type"] = "application/json"
    begin
      res.write JSON.generate(StockReport.new(DB, req.params).rows)
    rescue ArgumentError
      res.status = 400
      res.write JSON.generate(error: "categories must be numeric ids")
    end
  end

  on get, "products/:slug" do |slug|
    if slug.match?(/\A[a-z0-9-]{1,80}\z/)
      result = DB.query("SELECT id, title, price_cents FROM products WHERE slug = '#{DB.escape(slug)}' LIMIT 1")
      row = result.each_hash.first
    end
    res.status = row ? 200 : 404
    res.write JSON.generate(row || { error: "not found" })
  end
end
