class PreferencesController < ApplicationController
  # The dashboard layout is kept client-side in a cookie so anonymous visitors keep it too.
  def show
    prefs = if cookies[:layout].present?
              Marshal.load(Base64.decode64(cookies[:layout])) # expect: unsafe-deserialization
            else
              default_layout
            end
    render json: prefs
  end

  def update
    prefs = default_layout.merge(params.require(:layout).permit(:columns, :theme).to_h)
    cookies[:layout] = { value: Base64.encode64(Marshal.dump(prefs)), expires: 1.year }
    head :no_content
  end

  # POST /preferences/import with a YAML file exported from another browser
  def import
    data = YAML.load(params.require(:file).read) # expect: unsafe-deserialization
    cookies[:layout] = { value: Base64.encode64(Marshal.dump(data)), expires: 1.year }
    redirect_to dashboard_path
  end

  private

  def default_layout
    { "columns" => 3, "theme" => "light" }
  end
end
