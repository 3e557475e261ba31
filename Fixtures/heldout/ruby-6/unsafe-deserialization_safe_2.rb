require "oj"
require "yaml"

# Jets controller: accepts dashboard layouts exported from another workspace.
class LayoutsController < ApplicationController
  def import
    layout = Oj.load(request.body.read, mode: :strict)
    current_user.dashboards.create!(name: layout["name"].to_s, widgets: Array(layout["widgets"]))
    render json: { ok: true }
  end

  def import_legacy
    text = params.require(:file).read
    legacy = YAML.safe_load(text, permitted_classes: [Date], aliases: false)
    current_user.dashboards.create!(name: legacy["title"].to_s, widgets: Array(legacy["panels"]))
    render json: { ok: true }
  end
end
