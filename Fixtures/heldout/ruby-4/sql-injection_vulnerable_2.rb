# frozen_string_literal: true

# Hanami 2 action over a ROM repository: orders of a shop filtered by status.
module Shop
  module Actions
    module Orders
      class Index < Shop::Action
        include Deps["repos.order_repo"]

        def handle(request, response)
          status = request.params[:status] || "open"
          since = request.params[:since]
          rows = order_repo.by_status(status, since)
          response.format = :json
          response.body = rows.to_a.map(&:to_h).to_json
        end
      end
    end
  end
end

module Shop
  module Repos
    class OrderRepo < Shop::Repo[:orders]
      def by_status(status, since)
        sql = "SELECT id, number, total_cents, status FROM orders WHERE status = '#{status}'"
        sql += " AND placed_at >= '#{since}'" if since
        orders.read(sql) # expect: sql-injection
      end

      def count_for(customer_email)
        orders.dataset.db.fetch("SELECT count(*) AS n FROM orders WHERE email = '#{customer_email}'").first[:n] # expect: sql-injection
      end
    end
  end
end
