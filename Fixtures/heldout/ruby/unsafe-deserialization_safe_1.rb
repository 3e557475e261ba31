class PreferencesController < ApplicationController
  ALLOWED = %w[columns theme].freeze

  def show
    prefs = cookies.encrypted[:layout].presence || default_layout
    render json: prefs
  end

  def update
    prefs = default_layout.merge(params.require(:layout).permit(:columns, :theme).to_h)
    cookies.encrypted[:layout] = { value: prefs, expires: 1.year }
    head :no_content
  end

  # POST /preferences/import with a YAML file exported from another browser
  def import
    data = YAML.safe_load(params.require(:file).read, permitted_classes: [], aliases: false)
    return head(:unprocessable_entity) unless data.is_a?(Hash)

    cookies.encrypted[:layout] = { value: default_layout.merge(data.slice(*ALLOWED)), expires: 1.year }
    redirect_to dashboard_path
  end

  private

  def default_layout
    { "columns" => 3, "theme" => "light" }
  end
end
