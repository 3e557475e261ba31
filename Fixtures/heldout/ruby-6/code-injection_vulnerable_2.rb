# Jets controller: runs saved report "exporters" chosen in the UI.
class ExportsController < ApplicationController
  def create
    exporter = exporter_class(params[:format]).new(current_account)
    file = exporter.export(params[:from], params[:to])
    render json: { url: file.presigned_url }
  end

  def preview
    template = params.require(:template)
    body = ReportPreview.class_eval("\"#{template}\"") # expect: code-injection
    render plain: body
  end

  private

  def exporter_class(format)
    "Exporters::#{format.to_s.classify}Exporter".constantize # expect: code-injection
  end
end
