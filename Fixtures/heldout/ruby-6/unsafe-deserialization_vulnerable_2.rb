require "oj"
require "yaml"

# Jets controller: accepts dashboard layouts exported from another workspace.
class LayoutsController < ApplicationController
  def import
    layout = Oj.load(request.body.read, mode: :object) # expect: unsafe-deserialization
    current_user.dashboards.create!(name: layout.name, widgets: layout.widgets.map(&:to_h))
    render json: { ok: true }
  end

  def import_legacy
    text = params.require(:file).read
    legacy = YAML.unsafe_load(text) # expect: unsafe-deserialization
    current_user.dashboards.create!(name: legacy["title"].to_s, widgets: Array(legacy["panels"]))
    render json: { ok: true }
  end
end
