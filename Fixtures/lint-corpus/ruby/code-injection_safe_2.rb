require "erb"

class ReceiptsController < ApplicationController
  LAYOUT = ERB.new("<p>Total: <%= total %></p>")
  FORMULAS = { "ten" => ->(t) { t * 0.9 }, "five" => ->(t) { t * 0.95 } }.freeze

  def preview
    render html: LAYOUT.result_with_hash(total: current_order.total)
  end

  def discount
    calc = FORMULAS.fetch(params.require(:formula)) { FORMULAS["five"] }
    render json: { value: calc.call(current_order.total) }
  end
end
