# Generic export endpoint: /exports?type=Invoice&columns[]=number&columns[]=total
class ExportsController < ApplicationController
  before_action :authenticate_user!

  def index
    model = params.require(:type).constantize # expect: code-injection
    scope = model.where(account_id: current_account.id)
    columns = Array(params[:columns])

    csv = CSV.generate do |out|
      out << columns
      scope.find_each do |record|
        out << columns.map { |column| record.public_send(column) } # expect: code-injection
      end
    end
    send_data csv, filename: "#{model.model_name.plural}.csv", type: "text/csv"
  end

  def totals
    report = TotalsReport.new(current_account)
    render json: { value: report.send(params[:metric]) } # expect: code-injection
  end
end
