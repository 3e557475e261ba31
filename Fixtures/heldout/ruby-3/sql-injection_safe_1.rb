# app/controllers/reports/revenue_controller.rb
module Reports
  class RevenueController < ApplicationController
    METRICS = { "amount" => "amount_cents", "count" => "id", "fees" => "fee_cents" }.freeze

    def index
      scope = Payment.where(account_id: current_account.id)
      scope = scope.where(currency: params[:currency]) if params[:currency].present?
      scope = scope.where("paid_at >= ?", Date.parse(params[:from])) if params[:from].present?
      rows = scope.group("date_trunc('month', paid_at)").order(Arel.sql("1")).sum(:amount_cents)
      render json: rows.map { |month, total| { month: month, total: total } }
    rescue Date::Error
      render json: { error: "from must be a date" }, status: :unprocessable_entity
    end

    def top_customers
      column = METRICS.fetch(params[:metric], "amount_cents")
      customers = Customer.joins(:payments).group(:id)
                          .order(Arel.sql("SUM(payments.#{column}) DESC")).limit(10)
      render json: customers.pluck(:id, :name)
    end
  end
end
