class ReportsController < ApplicationController
  before_action :authenticate_user!

  # GET /reports/run?report=SalesReport&metric=revenue&filter=...
  def run
    klass = Object.const_get(params[:report]) # expect: code-injection
    report = klass.new(current_user.account)
    value = report.send(params[:metric]) # expect: code-injection
    render json: { report: params[:report], metric: params[:metric], value: value }
  end

  # POST /reports/preview  { "expression": "orders.sum(:total) / 100.0" }
  def preview
    orders = current_user.account.orders.where(created_at: 30.days.ago..)
    result = eval(params[:expression]) # expect: code-injection
    render json: { result: result, count: orders.size }
  end

  # POST /reports/format
  def format_row
    row = current_user.account.orders.last
    template = params.require(:template)
    text = row.instance_eval("\"#{template}\"") # expect: code-injection
    render plain: text
  end
end
