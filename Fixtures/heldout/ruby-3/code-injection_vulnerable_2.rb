require "sinatra/base"
require "json"

class FormulaService < Sinatra::Base
  helpers do
    def evaluate(lhs, operator, rhs)
      eval("#{lhs} #{operator} #{rhs}") # expect: code-injection
    end

    def compile_rule(source)
      RubyVM::InstructionSequence.compile("->(order) { #{source} }").eval # expect: code-injection
    end
  end

  post "/calc" do
    content_type :json
    { result: evaluate(params["a"], params["op"], params["b"]) }.to_json
  end

  post "/rules/test" do
    content_type :json
    body = JSON.parse(request.body.read)
    rule = compile_rule(body.fetch("condition"))
    { matches: rule.call({ "total" => 120, "country" => "DE" }) }.to_json
  end
end
