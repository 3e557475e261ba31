class ReportsController < ApplicationController
  def show
    view = Role.manager?(params[:user]) ? "manager_report" : "staff_report"
    rows = ActiveRecord::Base.connection.select_all("SELECT total FROM #{view}")
    render json: rows.to_a
  end
end
