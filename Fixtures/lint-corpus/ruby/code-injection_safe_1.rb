class ReportsController < ApplicationController
  ACTIONS = { "archive" => :archive!, "publish" => :publish! }.freeze
  MODELS = { "users" => User, "orders" => Order }.freeze

  def run
    report = Report.find(params[:id])
    report.public_send(ACTIONS.fetch(params[:action_name]))
  end

  def export
    render json: MODELS.fetch(params[:model]).all
  end
end
