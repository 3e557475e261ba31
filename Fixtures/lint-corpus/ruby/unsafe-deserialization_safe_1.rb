require "yaml"
require "json"

class PreferencesController < ApplicationController
  def restore
    render json: JSON.parse(cookies[:prefs])
  end

  def import
    settings = YAML.safe_load(params[:file].read, permitted_classes: [Date])
    current_user.update(settings: settings)
  end
end
