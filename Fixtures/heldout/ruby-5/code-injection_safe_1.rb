# frozen_string_literal: true

module Mutations
  # Lets an analyst queue a report run and tweak a saved report's fields from the GraphQL console.
  class RunReport < BaseMutation
    RUNNERS = {
      "revenue" => Reports::RevenueRunner,
      "churn" => Reports::ChurnRunner,
      "inventory" => Reports::InventoryRunner
    }.freeze
    EDITABLE_FIELDS = %w[title description schedule].freeze

    argument :kind, String, required: true
    argument :report_id, ID, required: false
    argument :field, String, required: false
    argument :value, String, required: false

    field :job_id, String, null: true
    field :errors, [String], null: false

    def resolve(kind:, report_id: nil, field: nil, value: nil)
      report = context[:current_user].reports.find(report_id) if report_id
      touch_field(report, field, value) if report && field

      runner = RUNNERS[kind]
      return { job_id: nil, errors: ["unknown report kind"] } unless runner

      job = runner.perform_later(context[:current_user].id)
      { job_id: job.job_id, errors: [] }
    end

    private

    def touch_field(report, field, value)
      return unless EDITABLE_FIELDS.include?(field)

      report.public_send("#{field}=", value)
      report.save!
    end
  end
end
