# frozen_string_literal: true

module Resolvers
  # GraphQL resolver behind the back-office "orders" search box.
  class OrdersSearch < GraphQL::Schema::Resolver
    type [Types::OrderType], null: false

    argument :customer, String, required: false
    argument :status, String, required: false
    argument :placed_after, GraphQL::Types::ISO8601Date, required: false

    STATUS_SQL = <<~SQL
      SELECT orders.id FROM orders
      JOIN order_events ON order_events.order_id = orders.id
      WHERE order_events.kind = ?
      GROUP BY orders.id
    SQL

    def resolve(customer: nil, status: nil, placed_after: nil)
      scope = Order.joins(:customer).includes(:line_items)
      scope = scope.where(placed_at: placed_after..) if placed_after
      scope = filter_status(scope, status) if status.present?
      return scope.limit(100) if customer.blank?

      pattern = "%#{Order.sanitize_sql_like(customer.strip)}%"
      scope.where("customers.email LIKE ? OR customers.name LIKE ?", pattern, pattern)
           .order(placed_at: :desc)
           .limit(100)
    end

    private

    def filter_status(scope, status)
      sql = Order.sanitize_sql_array([STATUS_SQL, status])
      ids = Order.connection.select_values(sql)
      scope.where(id: ids)
    end
  end
end
