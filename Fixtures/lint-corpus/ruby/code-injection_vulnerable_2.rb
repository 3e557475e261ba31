require "erb"

class ReceiptsController < ApplicationController
  def preview
    layout = params.fetch(:layout, "<%= order.total %>")
    html = ERB.new(layout).result_with_hash(order: current_order) # expect: code-injection
    render html: html
  end

  def discount
    formula = params.require(:formula)
    calc = RubyVM::InstructionSequence.compile("->(total) { #{formula} }").eval # expect: code-injection
    render json: { value: calc.call(current_order.total) }
  end
end
