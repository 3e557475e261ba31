# frozen_string_literal: true

# Rails API mode: product search through a service object.
module Api
  module V1
    class ProductsController < ApplicationController
      def index
        result = Catalog::SearchProducts.new(
          term: params[:q],
          sort: params.fetch(:sort, "created_at"),
          direction: params.fetch(:direction, "desc")
        ).call
        render json: result
      end
    end
  end
end

module Catalog
  class SearchProducts
    SORTABLE = %w[created_at title price_cents].freeze

    def initialize(term:, sort:, direction:)
      @term = term.to_s.strip
      @sort = SORTABLE.include?(sort) ? sort : "created_at"
      @direction = direction.to_s.casecmp?("asc") ? :asc : :desc
    end

    def call
      scope = Product.where(archived: false)
      if @term.present?
        pattern = "%#{Product.sanitize_sql_like(@term)}%"
        scope = scope.where("title ILIKE ? OR sku = ?", pattern, @term)
      end
      scope.order(@sort => @direction).limit(50).as_json(only: %i[id title sku price_cents])
    end
  end
end
