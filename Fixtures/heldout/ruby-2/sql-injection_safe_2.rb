require "pg"

# Nightly export of overdue invoices for one tenant, run as: ruby overdue.rb TENANT_SLUG [DAYS]
TABLE = "invoices".freeze
SORTABLE = %w[due_on amount_cents customer_name].freeze

tenant = ARGV.fetch(0)
days = Integer(ARGV.fetch(1, "30"))
sort = SORTABLE.include?(ENV["SORT"]) ? ENV["SORT"] : "due_on"

conn = PG.connect(dbname: ENV.fetch("PGDATABASE", "billing"))
begin
  tenant_id = conn.exec_params("SELECT id FROM tenants WHERE slug = $1", [tenant]).getvalue(0, 0)

  sql = <<~SQL
    SELECT number, customer_name, amount_cents, due_on
      FROM #{TABLE}
     WHERE tenant_id = $1
       AND paid_at IS NULL
       AND due_on < now() - make_interval(days => $2)
     ORDER BY #{conn.quote_ident(sort)}
  SQL

  conn.exec_params(sql, [tenant_id, days]).each do |row|
    puts [row["number"], row["customer_name"], row["amount_cents"], row["due_on"]].join("\t")
  end
ensure
  conn.close
end
