# Generic export endpoint: /exports?type=invoice&columns[]=number&columns[]=total
class ExportsController < ApplicationController
  before_action :authenticate_user!

  EXPORTABLE = {
    "invoice" => { model: Invoice, columns: %w[number total issued_on] },
    "customer" => { model: Customer, columns: %w[name email city] }
  }.freeze
  METRICS = %i[gross net refunds].freeze

  def index
    spec = EXPORTABLE.fetch(params.require(:type)) { return head(:not_found) }
    columns = Array(params[:columns]) & spec[:columns]
    scope = spec[:model].where(account_id: current_account.id)

    csv = CSV.generate do |out|
      out << columns
      scope.find_each { |record| out << columns.map { |column| record.public_send(column) } }
    end
    send_data csv, filename: "#{params[:type]}s.csv", type: "text/csv"
  end

  def totals
    metric = METRICS.find { |m| m.to_s == params[:metric] }
    return head(:bad_request) unless metric

    render json: { value: TotalsReport.new(current_account).public_send(metric) }
  end
end
