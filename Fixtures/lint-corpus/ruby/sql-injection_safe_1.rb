class OrdersController < ApplicationController
  COLUMNS = { "date" => "created_at", "total" => "total_cents" }.freeze

  def index
    @orders = Order.where("status = ?", params[:status])
    @recent = Order.where(customer_id: params[:customer_id])
  end

  def sorted
    @orders = Order.order(COLUMNS.fetch(params[:column], "created_at"))
  end

  def page
    limit = params[:limit].to_i
    @orders = Order.find_by_sql("SELECT * FROM orders LIMIT #{limit}")
  end
end
