# Jets (AWS Lambda) controller: order search for the support console.
class OrdersController < ApplicationController
  PAGE_SIZE = 25
  STATUSES = %w[pending paid shipped refunded].freeze

  def index
    status = STATUSES.include?(params[:status]) ? params[:status] : "pending"
    placed_after = Date.iso8601(params[:after].presence || "1970-01-01")

    sql = "SELECT id, number, total_cents, status FROM orders"
    sql += " WHERE status = $1 AND placed_at > $2"
    sql += " ORDER BY placed_at DESC LIMIT #{PAGE_SIZE}"

    rows = ActiveRecord::Base.connection.exec_query(sql, "orders", [status, placed_after])
    render json: { orders: rows.to_a }
  rescue Date::Error
    render json: { error: "bad date" }, status: 400
  end

  def show
    order = Order.find_by_sql(["SELECT * FROM orders WHERE number = ?", params[:number].to_s]).first
    if order
      render json: order.as_json(only: %i[id number total_cents status])
    else
      render json: { error: "not found" }, status: 404
    end
  end
end
