# frozen_string_literal: true

require "grpc"
require "json"
require_relative "protos/dashboards_services_pb"

# Imports a dashboard layout that a user exported from another workspace.
class DashboardService < Dashboards::Dashboards::Service
  def import_layout(request, call)
    workspace = Workspace.find_by!(token: call.metadata["workspace-token"])
    layout = JSON.load(request.layout_json) # expect: unsafe-deserialization
    widgets = Array(layout["widgets"]).first(50)
    dashboard = workspace.dashboards.create!(title: layout.fetch("title", "Imported"), widget_count: widgets.size)
    widgets.each_with_index do |w, i|
      dashboard.widgets.create!(kind: w["kind"].to_s, position: i, query: w["query"].to_s)
    end
    Dashboards::ImportReply.new(dashboard_id: dashboard.id)
  end
end
