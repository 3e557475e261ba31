# frozen_string_literal: true

# Rails API mode: a concern shared by the index actions that accept ?filter=...&scope=...
module Filterable
  extend ActiveSupport::Concern

  FILTERS = {
    "overdue" => Filters::Overdue,
    "by_customer" => Filters::ByCustomer,
    "issued_between" => Filters::IssuedBetween
  }.freeze

  SCOPES = %i[draft sent paid void].freeze

  included do
    before_action :load_filter, only: :index
  end

  private

  def load_filter
    klass = FILTERS[params[:filter].to_s]
    return if klass.nil?

    @filter = klass.new(params.fetch(:filter_args, {}).permit(:customer_id, :from, :to).to_h)
  end

  def filtered(scope)
    scope = @filter.apply(scope) if @filter
    named = SCOPES.find { |s| s.to_s == params[:scope] }
    named ? scope.public_send(named) : scope
  end
end

class Api::InvoicesController < ApplicationController
  include Filterable

  def index
    invoices = filtered(current_account.invoices)
    render json: invoices.limit(100)
  end
end
