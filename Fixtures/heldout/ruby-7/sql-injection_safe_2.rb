# Que job: builds a sales report on DuckDB from a filter the analyst saved in the web app.
require "que"
require "duckdb"

class SalesReportJob < Que::Job
  WAREHOUSE = "/var/lib/reports/warehouse.duckdb"

  def run(report_id, filter)
    db = DuckDB::Database.open(WAREHOUSE)
    conn = db.connect
    sql, binds = report_sql(filter)
    totals = conn.query(sql, *binds)
    totals.each { |sku, revenue| ReportLine.create!(report_id: report_id, sku: sku, revenue: revenue) }
    conn.query("UPDATE report_runs SET finished = now() WHERE label = ?", filter["label"])
    conn.disconnect
    db.close
    finish
  end

  private

  def report_sql(filter)
    sql = +"SELECT sku, sum(amount) AS revenue FROM sales WHERE 1 = 1"
    binds = []
    if filter["channel"]
      sql << " AND channel = ?"
      binds << filter["channel"]
    end
    sql << " AND sold_at >= ?"
    binds << filter.fetch("from")
    sql << " GROUP BY sku ORDER BY revenue DESC"
    [sql, binds]
  end
end
