# AWS Lambda (plain Ruby runtime) behind API Gateway: store lookups on SQL Server.
require "json"
require "date"
require "tiny_tds"

CLIENT = TinyTds::Client.new(
  host: ENV.fetch("MSSQL_HOST"),
  username: ENV.fetch("MSSQL_USER"),
  password: ENV.fetch("MSSQL_PASSWORD"),
  database: "retail"
)

REGIONS = %w[north south east west].freeze

def stores_in(region, opened_after)
  raise ArgumentError, "unknown region" unless REGIONS.include?(region)

  sql = "SELECT id, name, city FROM stores WHERE region = '" + region + "'"
  sql += " AND opened_on >= '#{opened_after.iso8601}'" if opened_after
  sql += " ORDER BY name"
  CLIENT.execute(sql).each(as: :hash).to_a
end

def handler(event:, context:)
  query = event["queryStringParameters"] || {}
  since = query["since"] && Date.iso8601(query["since"])
  rows = stores_in(query.fetch("region", "north"), since)
  { statusCode: 200, body: JSON.generate(rows) }
rescue ArgumentError, Date::Error
  { statusCode: 400, body: "{}" }
end

def manager_handler(event:, context:)
  store_id = Integer(event.dig("pathParameters", "storeId"), 10)
  result = CLIENT.execute("SELECT manager_email FROM stores WHERE id = #{store_id}")
  row = result.first
  { statusCode: row ? 200 : 404, body: JSON.generate(row || {}) }
end
