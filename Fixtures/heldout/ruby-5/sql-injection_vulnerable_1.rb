# frozen_string_literal: true

module Resolvers
  # GraphQL resolver behind the back-office "orders" search box.
  class OrdersSearch < GraphQL::Schema::Resolver
    type [Types::OrderType], null: false

    argument :customer, String, required: false
    argument :status, String, required: false
    argument :placed_after, GraphQL::Types::ISO8601Date, required: false

    def resolve(customer: nil, status: nil, placed_after: nil)
      scope = Order.joins(:customer).includes(:line_items)
      scope = scope.where(placed_at: placed_after..) if placed_after
      scope = filter_status(scope, status) if status.present?
      return scope.limit(100) if customer.blank?

      scope.where("customers.email LIKE '%#{customer.strip}%' OR customers.name LIKE '%#{customer.strip}%'") # expect: sql-injection
           .order(placed_at: :desc)
           .limit(100)
    end

    private

    def filter_status(scope, status)
      ids = Order.connection.select_values(status_sql(status)) # expect: sql-injection
      scope.where(id: ids)
    end

    def status_sql(status)
      sql = +"SELECT orders.id FROM orders "
      sql << "JOIN order_events ON order_events.order_id = orders.id "
      sql << "WHERE order_events.kind = '#{status}' "
      sql << "GROUP BY orders.id"
      sql
    end
  end
end
