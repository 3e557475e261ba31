class OrdersController < ApplicationController
  def index
    status = params[:status]
    @orders = Order.where("status = '#{status}'") # expect: sql-injection
  end

  def search
    sql = "SELECT * FROM orders WHERE customer LIKE '%" + params[:q] + "%'"
    @orders = Order.find_by_sql(sql) # expect: sql-injection
  end

  def sorted
    @orders = Order.order(params[:column]) # expect: sql-injection
  end
end
