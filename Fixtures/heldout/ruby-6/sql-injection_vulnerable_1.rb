# Jets (AWS Lambda) controller: order search for the support console.
class OrdersController < ApplicationController
  PAGE_SIZE = 25

  def index
    status = params[:status].to_s
    placed_after = params[:after].presence || "1970-01-01"

    sql = "SELECT id, number, total_cents, status FROM orders"
    sql += " WHERE status = '#{status}'"
    sql += " AND placed_at > '#{placed_after}'"
    sql += " ORDER BY placed_at DESC LIMIT #{PAGE_SIZE}"

    rows = ActiveRecord::Base.connection.exec_query(sql) # expect: sql-injection
    render json: { orders: rows.to_a }
  end

  def show
    order = Order.find_by_sql("SELECT * FROM orders WHERE number = '#{params[:number]}'").first # expect: sql-injection
    if order
      render json: order.as_json(only: %i[id number total_cents status])
    else
      render json: { error: "not found" }, status: 404
    end
  end
end
