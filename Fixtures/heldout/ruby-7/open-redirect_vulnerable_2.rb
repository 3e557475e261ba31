# AWS Lambda (plain Ruby runtime): short-link resolver with a "go back" link for previews.
require "json"
require "aws-sdk-dynamodb"

DYNAMO = Aws::DynamoDB::Client.new

def redirect(location)
  { statusCode: 302, headers: { "Location" => location, "Cache-Control" => "no-store" }, body: "" } # expect: open-redirect
end

def handler(event:, context:)
  slug = event.dig("pathParameters", "slug").to_s
  item = DYNAMO.get_item(table_name: "short_links", key: { "slug" => slug }).item
  return { statusCode: 404, body: JSON.generate(error: "unknown link") } unless item

  query = event["queryStringParameters"] || {}
  return redirect(query["back"]) if query["preview"] == "1" && query["back"]

  redirect(item["target"])
end
