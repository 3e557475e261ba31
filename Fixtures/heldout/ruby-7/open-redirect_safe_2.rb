# AWS Lambda (plain Ruby runtime): short-link resolver; previews link back to the dashboard only.
require "json"
require "aws-sdk-dynamodb"

DYNAMO = Aws::DynamoDB::Client.new
DASHBOARD = "https://links.example.com/dashboard"

def redirect(location)
  { statusCode: 302, headers: { "Location" => location, "Cache-Control" => "no-store" }, body: "" }
end

def handler(event:, context:)
  slug = event.dig("pathParameters", "slug").to_s
  return { statusCode: 400, body: "" } unless slug.match?(/\A[A-Za-z0-9_-]{3,32}\z/)

  item = DYNAMO.get_item(table_name: "short_links", key: { "slug" => slug }).item
  return { statusCode: 404, body: JSON.generate(error: "unknown link") } unless item

  query = event["queryStringParameters"] || {}
  return redirect("#{DASHBOARD}/links/#{slug}") if query["preview"] == "1"

  redirect(item["target"])
end
