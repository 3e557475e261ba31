# app/controllers/reports/revenue_controller.rb
module Reports
  class RevenueQuery
    def initialize(account, filters)
      @account = account
      @filters = filters
    end

    def to_sql
      sql = +"SELECT date_trunc('month', paid_at) AS month, SUM(amount_cents) AS total FROM payments"
      sql << " WHERE account_id = #{@account.id}"
      sql << " AND currency = '#{@filters[:currency]}'" if @filters[:currency].present?
      sql << " AND paid_at >= '#{@filters[:from]}'" if @filters[:from].present?
      sql << " GROUP BY 1 ORDER BY 1"
      sql
    end
  end

  class RevenueController < ApplicationController
    def index
      query = RevenueQuery.new(current_account, params.permit(:currency, :from))
      rows = Payment.find_by_sql(query.to_sql) # expect: sql-injection
      render json: rows.map { |r| { month: r.month, total: r.total } }
    end

    def top_customers
      column = params[:metric] || "amount_cents"
      customers = Customer.joins(:payments).group(:id).order(Arel.sql("SUM(payments.#{column}) DESC")).limit(10) # expect: sql-injection
      render json: customers.pluck(:id, :name)
    end
  end
end
