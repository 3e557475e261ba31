# frozen_string_literal: true

require "sidekiq"
require "redis"

# Report exports: the web process caches the user's last filter set in Redis, keyed by a browser token.
class ExportReportJob
  include Sidekiq::Job

  def perform(account_id, filter_key)
    redis = Redis.new(url: ENV.fetch("REDIS_URL"))
    blob = redis.get("filters:#{filter_key}")
    filters = blob ? Marshal.load(blob) : {} # expect: unsafe-deserialization
    account = Account.find(account_id)
    Reports::Exporter.new(account, filters).write_csv
  end
end

# POST /api/v1/report_filters imports a filter set exported by the ops console as YAML.
class Api::V1::ReportFiltersController < ApplicationController
  def import
    document = request.body.read
    filters = YAML.unsafe_load(document) # expect: unsafe-deserialization
    current_user.report_filters.create!(name: filters["name"].to_s, rules: filters["rules"].to_json)
    head :created
  end
end
