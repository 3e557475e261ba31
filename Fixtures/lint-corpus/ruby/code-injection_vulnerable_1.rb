class ReportsController < ApplicationController
  def calculate
    render plain: eval(params[:formula]).to_s # expect: code-injection
  end

  def run
    report = Report.find(params[:id])
    report.public_send(params[:action_name]) # expect: code-injection
  end

  def export
    model = params[:model].constantize # expect: code-injection
    render json: model.all
  end
end
