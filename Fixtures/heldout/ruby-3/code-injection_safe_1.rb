require "erb"

# app/controllers/exports_controller.rb
class ExportsController < ApplicationController
  EXPORTERS = {
    "csv" => Exporters::CsvExporter,
    "xlsx" => Exporters::XlsxExporter,
    "json" => Exporters::JsonExporter,
  }.freeze
  FILENAME = ERB.new("<%= prefix %>-<%= Date.current %>.<%= ext %>")

  def create
    exporter_class = EXPORTERS.fetch(params.require(:exporter)) { return head(:unprocessable_entity) }
    exporter = exporter_class.new(current_account, params.permit(:from, :to).to_h)
    send_data exporter.call, filename: exporter.filename
  end

  def preview_filename
    prefix = params.fetch(:prefix, "export").gsub(/[^a-z0-9_-]/i, "")
    ext = EXPORTERS.key?(params[:exporter]) ? params[:exporter] : "csv"
    name = FILENAME.result_with_hash(prefix: prefix, ext: ext)
    render json: { filename: name }
  end
end
