# frozen_string_literal: true

require "sidekiq"
require "redis"
require "json"

# Report exports: the web process caches the user's last filter set in Redis, keyed by a browser token.
class ExportReportJob
  include Sidekiq::Job

  def perform(account_id, filter_key)
    redis = Redis.new(url: ENV.fetch("REDIS_URL"))
    blob = redis.get("filters:#{filter_key}")
    filters = blob ? JSON.parse(blob, symbolize_names: true) : {}
    account = Account.find(account_id)
    Reports::Exporter.new(account, filters).write_csv
  end
end

# POST /api/v1/report_filters stores a filter set written in YAML by the ops console.
class Api::V1::ReportFiltersController < ApplicationController
  def import
    document = request.body.read
    filters = YAML.safe_load(document, permitted_classes: [Date], aliases: false)
    current_user.report_filters.create!(name: filters["name"].to_s, rules: filters["rules"].to_json)
    head :created
  end

  # a deep copy of the defaults shipped with the app (not user data)
  def defaults
    render json: Marshal.load(Marshal.dump(Reports::DEFAULT_FILTERS))
  end
end
