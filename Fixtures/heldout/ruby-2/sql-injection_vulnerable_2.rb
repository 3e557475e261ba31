module Admin
  class ReportsController < Admin::BaseController
    def signups
      from = params[:from]
      to = params[:to]
      rows = User.where("created_at BETWEEN '#{from}' AND '#{to}'") # expect: sql-injection
                 .group("date(created_at)")
                 .count
      render json: rows
    end

    def revenue
      region = params.require(:region)
      result = ActiveRecord::Base.connection.select_all( # expect: sql-injection
        "SELECT date_trunc('month', paid_at) AS month, sum(total) AS total FROM orders " \
        "WHERE region = '#{region}' GROUP BY 1 ORDER BY 1"
      )
      render json: result.to_a
    end

    def orders
      sort = params.fetch(:sort, "created_at")
      dir = params.fetch(:dir, "desc")
      render json: Order.where(status: "paid").order("#{sort} #{dir}").limit(50) # expect: sql-injection
    end
  end
end
