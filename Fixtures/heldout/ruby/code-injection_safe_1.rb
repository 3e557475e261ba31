class ReportsController < ApplicationController
  before_action :authenticate_user!

  REPORTS = {
    "sales" => SalesReport,
    "churn" => ChurnReport,
    "inventory" => InventoryReport,
  }.freeze

  # GET /reports/run?report=sales&metric=revenue
  def run
    klass = REPORTS.fetch(params[:report]) { return head(:not_found) }
    report = klass.new(current_user.account)
    metric = params[:metric].to_s
    return head(:bad_request) unless klass::METRICS.include?(metric)

    value = report.public_send(metric)
    render json: { report: params[:report], metric: metric, value: value }
  end

  def totals
    report = SalesReport.new(current_user.account)
    render json: %i[revenue refunds].to_h { |m| [m, report.send(m)] }
  end
end
