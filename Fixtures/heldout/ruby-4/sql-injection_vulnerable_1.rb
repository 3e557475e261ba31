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
    def initialize(term:, sort:, direction:)
      @term = term.to_s.strip
      @sort = sort
      @direction = direction
    end

    def call
      scope = Product.where(archived: false)
      scope = scope.where("title ILIKE '%#{@term}%' OR sku = '#{@term}'") if @term.present? # expect: sql-injection
      scope.order("#{@sort} #{@direction}").limit(50).as_json(only: %i[id title sku price_cents]) # expect: sql-injection
    end
  end
end
