# Que job: builds a sales report on DuckDB from a filter the analyst saved in the web app.
require "que"
require "duckdb"

class SalesReportJob < Que::Job
  WAREHOUSE = "/var/lib/reports/warehouse.duckdb"

  def run(report_id, filter)
    db = DuckDB::Database.open(WAREHOUSE)
    conn = db.connect
    totals = conn.query(report_sql(filter)) # expect: sql-injection
    totals.each { |sku, revenue| ReportLine.create!(report_id: report_id, sku: sku, revenue: revenue) }
    conn.query("UPDATE report_runs SET finished = now() WHERE label = '#{filter["label"]}'") # expect: sql-injection
    conn.disconnect
    db.close
    finish
  end

  private

  def report_sql(filter)
    sql = +"SELECT sku, sum(amount) AS revenue FROM sales WHERE 1 = 1"
    sql << " AND channel = '#{filter["channel"]}'" if filter["channel"]
    sql << " AND sold_at >= '" << filter.fetch("from") << "'"
    sql << " GROUP BY sku ORDER BY revenue DESC"
    sql
  end
end
