require "erb"

# app/controllers/exports_controller.rb
class ExportsController < ApplicationController
  def create
    exporter_class = Object.const_get(params.require(:exporter)) # expect: code-injection
    exporter = exporter_class.new(current_account, params.permit(:from, :to).to_h)
    send_data exporter.call, filename: exporter.filename
  end

  def preview_filename
    pattern = params.fetch(:pattern, "export-<%= Date.current %>.csv")
    name = ERB.new(pattern).result(binding) # expect: code-injection
    render json: { filename: name }
  end
end
