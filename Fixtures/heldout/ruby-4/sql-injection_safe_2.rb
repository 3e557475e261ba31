# frozen_string_literal: true

# Hanami 2 action over a ROM repository: orders of a shop filtered by status.
module Shop
  module Actions
    module Orders
      class Index < Shop::Action
        include Deps["repos.order_repo"]

        params do
          optional(:status).filled(:string, included_in?: %w[open paid shipped cancelled])
          optional(:since).filled(:date)
        end

        def handle(request, response)
          halt 422 unless request.params.valid?
          rows = order_repo.by_status(request.params[:status] || "open", request.params[:since])
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
        scope = orders.where(status: status)
        scope = scope.where { placed_at >= since } if since
        scope.select(:id, :number, :total_cents, :status)
      end

      def count_for(customer_email)
        orders.dataset.db.fetch("SELECT count(*) AS n FROM orders WHERE email = ?", customer_email).first[:n]
      end
    end
  end
end
