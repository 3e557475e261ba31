require "sinatra/base"
require "json"

class FormulaService < Sinatra::Base
  OPERATORS = %w[+ - * /].freeze
  FIELDS = %w[total items weight].freeze
  COMPARISONS = { "gt" => :>, "lt" => :<, "eq" => :== }.freeze

  helpers do
    def evaluate(lhs, operator, rhs)
      halt 400, { error: "unsupported operator" }.to_json unless OPERATORS.include?(operator)
      Float(lhs).public_send(operator, Float(rhs))
    end
  end

  post "/calc" do
    content_type :json
    { result: evaluate(params["a"], params["op"], params["b"]) }.to_json
  rescue ArgumentError
    halt 400, { error: "operands must be numbers" }.to_json
  end

  post "/rules/test" do
    content_type :json
    body = JSON.parse(request.body.read)
    field = FIELDS.include?(body["field"]) ? body["field"] : "total"
    comparison = COMPARISONS.fetch(body["cmp"], :>)
    sample = { "total" => 120, "items" => 3, "weight" => 2.5 }
    { matches: sample.fetch(field).public_send(comparison, Float(body["value"])) }.to_json
  end
end
