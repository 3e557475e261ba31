# Jets controller: runs saved report "exporters" chosen in the UI.
class ExportsController < ApplicationController
  EXPORTERS = {
    "csv" => Exporters::CsvExporter,
    "xlsx" => Exporters::XlsxExporter,
    "pdf" => Exporters::PdfExporter
  }.freeze

  def create
    exporter = EXPORTERS.fetch(params[:format].to_s, Exporters::CsvExporter).new(current_account)
    file = exporter.export(params[:from], params[:to])
    render json: { url: file.presigned_url }
  end

  def preview
    template = params.require(:template)
    body = format(template.gsub(/%(?!\{\w+\})/, "%%"), **ReportPreview.sample_values)
    render plain: body
  rescue KeyError
    render plain: "unknown placeholder", status: 422
  end
end
