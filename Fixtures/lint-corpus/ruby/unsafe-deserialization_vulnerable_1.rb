require "yaml"
require "base64"

class PreferencesController < ApplicationController
  def restore
    prefs = Marshal.load(Base64.decode64(cookies[:prefs])) # expect: unsafe-deserialization
    render json: prefs
  end

  def import
    settings = YAML.load(params[:file].read) # expect: unsafe-deserialization
    current_user.update(settings: settings)
  end
end
