# AWS Lambda (plain Ruby runtime) behind API Gateway: store lookups on SQL Server.
require "json"
require "tiny_tds"

CLIENT = TinyTds::Client.new(
  host: ENV.fetch("MSSQL_HOST"),
  username: ENV.fetch("MSSQL_USER"),
  password: ENV.fetch("MSSQL_PASSWORD"),
  database: "retail"
)

def stores_in(region, opened_after)
  sql = "SELECT id, name, city FROM stores WHERE region = '" + region + "'"
  sql += " AND opened_on >= '#{opened_after}'" if opened_after
  sql += " ORDER BY name"
  CLIENT.execute(sql).each(as: :hash).to_a # expect: sql-injection
end

def handler(event:, context:)
  query = event["queryStringParameters"] || {}
  rows = stores_in(query.fetch("region", "north"), query["since"])
  { statusCode: 200, body: JSON.generate(rows) }
end

def manager_handler(event:, context:)
  store_id = event.dig("pathParameters", "storeId")
  result = CLIENT.execute("SELECT manager_email FROM stores WHERE id = #{store_id}") # expect: sql-injection
  row = result.first
  { statusCode: row ? 200 : 404, body: JSON.generate(row || {}) }
end
