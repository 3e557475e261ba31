# frozen_string_literal: true

# Rails API mode: a concern shared by the index actions that accept ?filter=...&scope=...
module Filterable
  extend ActiveSupport::Concern

  included do
    before_action :load_filter, only: :index
  end

  private

  def load_filter
    return if params[:filter].blank?

    @filter = params[:filter].constantize.new(params.fetch(:filter_args, {}).permit(:customer_id, :from, :to).to_h) # expect: code-injection
  end

  def filtered(scope)
    scope = @filter.apply(scope) if @filter
    named = params[:scope]
    named.present? ? scope.public_send(named) : scope # expect: code-injection
  end
end

class Api::InvoicesController < ApplicationController
  include Filterable

  def index
    invoices = filtered(current_account.invoices)
    render json: invoices.limit(100)
  end
end
